import type { Change, Figure } from '../../../common/contracts/survey-analysis';
import type { Locale } from '../../../common/roles';
import type { AnalysisWave } from './context';
import { changeOf, measureFigure } from './figures';
import type { Measure } from './measures';
import { partFigures } from './part-suppression';
import { type CountsTable, organizationKey } from './rollup-table';

/** One wave's figures of a measure: the organization's, and each area's as a part of it. */
export type WaveFigures = { organization: Figure; areas: Map<string, Figure> };

/**
 * The organization's figure and the areas' figures for one wave. The areas are parts of the
 * organization's total, so they are suppressed together (part-suppression.ts): with the
 * organization's row shown, no small area can be recovered by subtracting the shown areas. Every
 * table that shows area figures (overview, area page, compare, map, signals) goes through here,
 * so they all hide the same areas.
 */
export function waveFigures(
  table: CountsTable,
  measure: Measure,
  waveId: string,
  areaIds: readonly string[],
): WaveFigures {
  const totals = table.items(waveId, organizationKey, measure.itemKeys);
  const organization = measureFigure(measure, totals);
  const parts = areaIds.map((id) => ({ key: id, counts: table.items(waveId, id, measure.itemKeys) }));
  const areas = partFigures(measure, totals, parts, organization.visibility === 'suppressed');
  return { organization, areas };
}

/** Figures of a measure for every wave (oldest first), keyed by wave id. */
export function seriesFigures(
  table: CountsTable,
  measure: Measure,
  waves: readonly AnalysisWave[],
  areaIds: readonly string[],
): Map<string, WaveFigures> {
  return new Map(waves.map((wave) => [wave.id, waveFigures(table, measure, wave.id, areaIds)]));
}

/**
 * The wave before `waveId` in which the place had answers to the measure: an area left out of a
 * wave is compared with the last time it was asked, not with a gap.
 */
export function previousWaveWithAnswers(
  table: CountsTable,
  measure: Measure,
  waves: readonly AnalysisWave[],
  waveId: string,
  place: string,
): AnalysisWave | undefined {
  const at = waves.findIndex((wave) => wave.id === waveId);
  for (let i = at - 1; i >= 0; i--) {
    if (table.hasAnswers(waves[i].id, place, measure.itemKeys)) return waves[i];
  }
  return undefined;
}

/** The latest wave in which the place had answers to the measure. */
export function latestWaveWithAnswers(
  table: CountsTable,
  measure: Measure,
  waves: readonly AnalysisWave[],
  place: string,
): AnalysisWave | undefined {
  return [...waves].reverse().find((wave) => table.hasAnswers(wave.id, place, measure.itemKeys));
}

/** A place's figure for a wave in a series (the organization or an area). */
export function figureAt(
  series: Map<string, WaveFigures>,
  waveId: string,
  place: string,
): Figure | undefined {
  const figures = series.get(waveId);
  if (!figures) return undefined;
  return place === organizationKey ? figures.organization : figures.areas.get(place);
}

/** The change of a place's figure in `waveId` against its previous wave with answers. */
export function changeAt(
  table: CountsTable,
  series: Map<string, WaveFigures>,
  measure: Measure,
  waves: readonly AnalysisWave[],
  waveId: string,
  place: string,
  locale: Locale,
): Change {
  const previous = previousWaveWithAnswers(table, measure, waves, waveId, place);
  if (!previous) return null;
  return changeOf(figureAt(series, waveId, place), figureAt(series, previous.id, place), locale);
}
