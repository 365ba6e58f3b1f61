import type { Overview, PeriodFrame } from '../../../common/contracts/survey-analysis';
import { changeAt, figureAt, latestWaveWithAnswers, seriesFigures, type WaveFigures } from './area-figures';
import { type AnalysisContext, type AnalysisFrame, loadFrame, waveRefOf } from './context';
import { suppressedFigure } from './figures';
import { labelOf, type Measure } from './measures';
import { resolveMeasure, targetFor } from './resolve';
import { type CountsTable, loadAreaCounts, organizationKey } from './rollup-table';

/**
 * The area × wave (or × month of the continuous surveys) table of one measure: every area the actor may read, each wave's figure and
 * change against the area's previous wave with answers, the target of the latest wave's year,
 * progress towards it and a flag for a certain decrease. Two statements: the frame and the
 * rollups.
 */
export async function surveyOverview(
  ctx: AnalysisContext,
  query: { measure: string; by: PeriodFrame },
): Promise<Overview> {
  const frame = await loadFrame(ctx, query.by);
  const measure = resolveMeasure(ctx, frame, query.measure);
  const { table, series } = await readableFigures(ctx, frame, measure);
  const view = { ctx, frame, measure, table, series };
  return {
    measure: measure.key,
    label: labelOf(measure, ctx.locale),
    waves: frame.waves.map(waveRefOf),
    rows: frame.areas.map((area) => overviewRow(view, area)),
    organization: { cells: cellsOf(view, organizationKey) },
  };
}

/**
 * A measure's counts and figures in every wave for every area the actor may read. The comparison
 * of chosen areas uses these too: suppression is decided among all readable areas, so comparing
 * a few never shows what the overview hides.
 */
export async function readableFigures(ctx: AnalysisContext, frame: AnalysisFrame, measure: Measure) {
  const table = await loadAreaCounts(ctx, frame, measure.itemKeys);
  const series = seriesFigures(
    table,
    measure,
    frame.waves,
    frame.areas.map((area) => area.id),
  );
  return { table, series };
}

type View = {
  ctx: AnalysisContext;
  frame: AnalysisFrame;
  measure: Measure;
  table: CountsTable;
  series: Map<string, WaveFigures>;
};

function cellsOf(view: View, place: string) {
  const { ctx, frame, measure, table, series } = view;
  return frame.waves.map((wave) => ({
    waveId: wave.id,
    figure: figureAt(series, wave.id, place) ?? suppressedFigure,
    change: changeAt(table, series, measure, frame.waves, wave.id, place, ctx.locale),
  }));
}

function overviewRow(view: View, area: { id: string; name: string }): Overview['rows'][number] {
  const cells = cellsOf(view, area.id);
  const latest = latestWaveWithAnswers(view.table, view.measure, view.frame.waves, area.id);
  const latestCell = cells.find((cell) => cell.waveId === latest?.id);
  const target = targetFor(view.frame.targets, area.id, view.measure.key, latest?.year);
  const share = latestCell?.figure.share ?? null;
  return {
    areaId: area.id,
    areaName: area.name,
    cells,
    target,
    progress: target && share !== null && target.share > 0 ? share / target.share : null,
    trend: latestCell?.change?.verdict === 'certain_decrease' ? 'negative' : null,
  };
}
