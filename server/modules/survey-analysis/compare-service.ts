import type { z } from 'zod';
import type { comparison } from '../../../common/contracts/survey-analysis';
import { notFound } from '../../platform/errors';
import { changeAt } from './area-figures';
import { type AnalysisContext, loadFrame, waveRefOf } from './context';
import { suppressedFigure } from './figures';
import { readableFigures } from './overview-service';
import { frameOf } from './periods';
import { resolveMeasure, resolveWave } from './resolve';

/**
 * Chosen areas side by side in one wave (default the latest), with their change. The figures are
 * those of the overview — suppressed among all areas the actor may read, not only the chosen —
 * so comparing a few areas never shows what the overview hides. An area outside the actor's
 * scope or organization is a 404.
 */
export async function compareAreas(
  ctx: AnalysisContext,
  query: { areaIds: string[]; waveId?: string; measure: string },
): Promise<z.infer<typeof comparison>> {
  const frame = await loadFrame(ctx, frameOf(undefined, query.waveId));
  const measure = resolveMeasure(ctx, frame, query.measure);
  const wave = resolveWave(frame, query.waveId);
  const chosen = [...new Set(query.areaIds)].map((id) => {
    const area = frame.areas.find((candidate) => candidate.id === id);
    if (!area) throw notFound();
    return area;
  });
  if (!wave) return { measure: measure.key, wave: null, rows: chosen.map(emptyRow) };
  const { table, series } = await readableFigures(ctx, frame, measure);
  return {
    measure: measure.key,
    wave: waveRefOf(wave),
    rows: chosen.map((area) => ({
      areaId: area.id,
      areaName: area.name,
      figure: series.get(wave.id)?.areas.get(area.id) ?? suppressedFigure,
      change: changeAt(table, series, measure, frame.waves, wave.id, area.id, ctx.locale),
    })),
  };
}

const emptyRow = (area: { id: string; name: string }) => ({
  areaId: area.id,
  areaName: area.name,
  figure: suppressedFigure,
  change: null,
});
