import type { z } from 'zod';
import type { signalList } from '../../../common/contracts/survey-analysis';
import { changeAt, latestWaveWithAnswers, seriesFigures } from './area-figures';
import { type AnalysisContext, type AnalysisFrame, loadFrame } from './context';
import { allMeasures, itemKeysOf, labelOf } from './measures';
import { type CountsTable, loadAreaCounts } from './rollup-table';

type Signal = z.infer<typeof signalList>['items'][number];

/**
 * Early warnings: for every area the actor may read and every measure, a certain decrease in the
 * area's latest wave with answers against the one before ("when we see a negative trend in an
 * area…"). Two statements; figures and suppression as in the overview.
 */
export async function surveySignals(ctx: AnalysisContext): Promise<{ items: Signal[] }> {
  const frame = await loadFrame(ctx);
  const measures = allMeasures(frame.own);
  const table = await loadAreaCounts(ctx, frame, itemKeysOf(measures));
  return { items: signalsIn(ctx, frame, table) };
}

/** The signals of the loaded table, areas by name, measures in questionnaire order. */
export function signalsIn(ctx: AnalysisContext, frame: AnalysisFrame, table: CountsTable): Signal[] {
  const areaIds = frame.areas.map((area) => area.id);
  const items: Signal[] = [];
  for (const measure of allMeasures(frame.own)) {
    const series = seriesFigures(table, measure, frame.waves, areaIds);
    for (const area of frame.areas) {
      const latest = latestWaveWithAnswers(table, measure, frame.waves, area.id);
      if (!latest) continue;
      const change = changeAt(table, series, measure, frame.waves, latest.id, area.id, ctx.locale);
      if (change?.verdict !== 'certain_decrease') continue;
      const label = labelOf(measure, ctx.locale);
      items.push({
        areaId: area.id,
        areaName: area.name,
        measureKey: measure.key,
        label,
        waveId: latest.id,
        change,
      });
    }
  }
  return items.sort((a, b) => a.areaName.localeCompare(b.areaName, 'sv'));
}
