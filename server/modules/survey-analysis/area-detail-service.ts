import type { AreaDetail, PeriodFrame } from '../../../common/contracts/survey-analysis';
import { notFound } from '../../platform/errors';
import { allows } from '../../platform/policy';
import { type SurveyAction, surveyPermissions } from '../surveys/policy';
import { areaBreakdowns } from './area-breakdowns';
import { changeAt, latestWaveWithAnswers, seriesFigures, type WaveFigures } from './area-figures';
import { type AreaParts, loadAreaParts } from './area-parts-query';
import { buildingFigures, entranceFigures } from './area-places';
import { type AnalysisContext, type AnalysisFrame, type AnalysisWave, loadFrame, waveRefOf } from './context';
import { suppressedFigure } from './figures';
import { allMeasures, itemKeysOf, labelOf, type Measure } from './measures';
import { openLinkShare } from './open-link-share';
import { frameOf } from './periods';
import { resolveMeasure, resolveWave, targetFor } from './resolve';
import { type CountsTable, loadAreaCounts } from './rollup-table';

/**
 * One area in one wave or month of a continuous survey (default: the latest with answers there):
 * every measure with its figure, change, target and series over the area's waves; buildings,
 * entrances and background breakdowns for `measure`; and the measures with a certain decrease.
 * The area's figures are those of the overview (suppressed among all areas the actor may read),
 * and everything below the area is suppressed as parts of it. Statements one after the other:
 * frame, rollups (which tell the default wave), parts, then the open-link count and flags.
 */
export async function getAreaDetail(
  ctx: AnalysisContext,
  areaId: string,
  query: { waveId?: string; by?: PeriodFrame; measure: string },
): Promise<AreaDetail> {
  const frame = await loadFrame(ctx, frameOf(query.by, query.waveId));
  const area = frame.areas.find((candidate) => candidate.id === areaId);
  if (!area) throw notFound();
  const chosen = resolveMeasure(ctx, frame, query.measure);
  const waves = frame.waves.filter((wave) => wave.areaIds.includes(area.id));
  const measures = allMeasures(frame.own);
  const table = await loadAreaCounts(ctx, frame, itemKeysOf(measures));
  // Unless one is asked for: the latest period in which the area had answers to the measure (an
  // open continuous survey that has none yet would otherwise hide the last real figures).
  const wave = query.waveId
    ? resolveWave(frame, query.waveId)
    : (latestWaveWithAnswers(table, chosen, waves, area.id) ?? waves.at(-1));
  const parts = wave ? await loadAreaParts(ctx, area.id, wave.id, chosen.itemKeys) : undefined;
  const areaIds = frame.areas.map((a) => a.id);
  const view: View = { ctx, frame, area, waves, wave, table };
  const measureViews = measures
    .map((measure) => measureView(view, measure, seriesFigures(table, measure, frame.waves, areaIds)))
    .filter((m) => m.kind === 'index' || m.series.some((point) => point.figure.n !== null));
  const below = wave && parts ? placesAndGroups(view, wave, chosen, parts) : empty;
  return {
    area,
    wave: wave ? waveRefOf(wave) : null,
    waves: waves.map(waveRefOf),
    measure: chosen.key,
    measures: measureViews,
    ...below,
    openLinks: wave ? await openLinkShare(ctx, area.id, wave) : null,
    signals: measureViews
      .filter((m) => m.change?.verdict === 'certain_decrease')
      .map((m) => ({ measureKey: m.key, label: m.label, change: m.change })),
    abilities: (Object.keys(surveyPermissions) as SurveyAction[]).filter((action) =>
      allows(surveyPermissions, ctx.actor, action, area.id),
    ),
  };
}

type View = {
  ctx: AnalysisContext;
  frame: AnalysisFrame;
  area: { id: string; name: string };
  waves: AnalysisWave[];
  wave: AnalysisWave | undefined;
  table: CountsTable;
};

const empty = { buildings: [], entrances: [], breakdowns: [] };

function measureView(view: View, measure: Measure, series: Map<string, WaveFigures>) {
  const { ctx, frame, area, wave, table } = view;
  const figureIn = (waveId: string) => series.get(waveId)?.areas.get(area.id) ?? suppressedFigure;
  return {
    key: measure.key,
    label: labelOf(measure, ctx.locale),
    kind: measure.kind,
    figure: wave ? figureIn(wave.id) : suppressedFigure,
    change: wave ? changeAt(table, series, measure, frame.waves, wave.id, area.id, ctx.locale) : null,
    target: targetFor(frame.targets, area.id, measure.key, wave?.year),
    series: view.waves.map((w) => ({ waveId: w.id, figure: figureIn(w.id) })),
  };
}

function placesAndGroups(view: View, wave: AnalysisWave, measure: Measure, parts: AreaParts) {
  const totals = view.table.items(wave.id, view.area.id, measure.itemKeys);
  const areaIds = view.frame.areas.map((a) => a.id);
  const areaFigure =
    seriesFigures(view.table, measure, [wave], areaIds).get(wave.id)?.areas.get(view.area.id) ??
    suppressedFigure;
  const buildings = buildingFigures(measure, totals, parts, areaFigure);
  return {
    buildings,
    entrances: entranceFigures(measure, parts, buildings),
    breakdowns: areaBreakdowns(measure, totals, parts, areaFigure, view.ctx.locale),
  };
}
