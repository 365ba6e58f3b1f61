import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSurveyQuestions } from './analysis-api';

/**
 * The measures to analyse: the indexes first (the default ones, then the organization's own
 * unless left out), then every scale question.
 */
export function useMeasureOptions({ ownIndexes = true }: { ownIndexes?: boolean } = {}) {
  const { t, i18n } = useTranslation();
  const questions = useSurveyQuestions();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const indexes = (questions.data?.indexes ?? [])
    .filter((index) => ownIndexes || !index.own)
    .map((index) => ({
      value: index.key,
      label: index.label[language],
    }));
  const items = (questions.data?.questions ?? [])
    .filter((question) => question.kind === 'scale')
    .map((question) => ({ value: question.key, label: question.label[language] }));
  return {
    groups: [
      { group: t('surveyAnalysis.measureGroups.indexes'), items: indexes },
      { group: t('surveyAnalysis.measureGroups.items'), items },
    ].filter((group) => group.items.length > 0),
    labelOf: (key: string) => [...indexes, ...items].find((option) => option.value === key)?.label ?? key,
  };
}

type Props = {
  value: string;
  onChange: (measure: string) => void;
  /** The benchmark compares default indexes only, so it leaves the organization's own out. */
  ownIndexes?: boolean;
};

export function MeasureSelect({ value, onChange, ownIndexes = true }: Props) {
  const { t } = useTranslation();
  const { groups } = useMeasureOptions({ ownIndexes });
  // Until the questionnaire has loaded, the chosen measure is still a valid option.
  const data = groups.length > 0 ? groups : [{ value, label: value }];
  return (
    <NativeSelect
      label={t('surveyAnalysis.measure')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={data}
      maw={360}
    />
  );
}
