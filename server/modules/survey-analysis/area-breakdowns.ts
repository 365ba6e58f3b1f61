import type { AreaDetail, Figure } from '../../../common/contracts/survey-analysis';
import type { Locale } from '../../../common/roles';
import { backgroundQuestions } from '../../../common/surveys/background-questions';
import type { AreaParts } from './area-parts-query';
import type { Counts } from './figures';
import type { Measure } from './measures';
import { type AnalysisMessage, analysisMessage } from './messages';
import { partFigures } from './part-suppression';

type Breakdown = AreaDetail['breakdowns'][number];
type Group = Breakdown['group'];

const groupQuestion: Record<Exclude<Group, 'channel'>, string> = {
  age: 'age_group',
  gender: 'gender',
  years: 'years_in_area',
};
const groupLabel: Record<Group, AnalysisMessage> = {
  age: 'groupAge',
  gender: 'groupGender',
  years: 'groupYears',
  channel: 'groupChannel',
};
const channelLabels: Record<string, AnalysisMessage> = {
  code: 'channelCode',
  open_link: 'channelOpenLink',
  paper: 'channelPaper',
  import: 'channelImport',
  api: 'channelApi',
};

/** The options of a group in questionnaire order, with labels in the staff language. */
function optionsOf(group: Group, locale: Locale): { key: string; label: string }[] {
  if (group === 'channel') {
    return Object.entries(channelLabels).map(([key, message]) => ({
      key,
      label: analysisMessage(locale, message),
    }));
  }
  const question = backgroundQuestions.find((q) => q.key === groupQuestion[group]);
  return (question?.options ?? []).map((option) => ({
    key: option.key,
    label: locale === 'sv' ? option.label.sv : option.label.en,
  }));
}

/**
 * The area's figure broken down by age, gender, years in the area and how people answered. Each
 * breakdown is a set of parts of the area's total (those who did not say are the remainder), so
 * each gets the secondary suppression of part-suppression.ts; none is shown when the area is not.
 */
export function areaBreakdowns(
  measure: Measure,
  totals: readonly Counts[],
  parts: AreaParts,
  areaFigure: Figure,
  locale: Locale,
): Breakdown[] {
  return (['age', 'gender', 'years', 'channel'] as const).map((group) => {
    const known = optionsOf(group, locale);
    const extra = parts.groupKeys
      .filter((key) => key.startsWith(`${group}:`))
      .map((key) => key.slice(group.length + 1))
      .filter((key) => !known.some((option) => option.key === key))
      .map((key) => ({ key, label: key }));
    const options = [...known, ...extra];
    const figures = partFigures(
      measure,
      totals,
      options.map((option) => ({
        key: option.key,
        counts: parts.counts.items(parts.waveId, `${group}:${option.key}`, measure.itemKeys),
      })),
      areaFigure.visibility === 'suppressed',
    );
    return {
      group,
      label: analysisMessage(locale, groupLabel[group]),
      parts: options.map((option) => ({ ...option, figure: figures.get(option.key) as Figure })),
    };
  });
}
