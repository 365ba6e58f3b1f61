import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { choropleth } from '../../../common/contracts/survey-analysis';
import type { AreaGeometry } from '../../../common/geo';
import { waveFigures } from './area-figures';
import { type AnalysisContext, loadFrame, scopeCondition } from './context';
import { suppressedFigure } from './figures';
import { frameOf } from './periods';
import { resolveMeasure, resolveWave } from './resolve';
import { loadAreaCounts } from './rollup-table';

type Choropleth = z.infer<typeof choropleth>;

/**
 * The areas' polygons (as the places registry stores them, areas.geometry in WGS84) coloured by
 * one measure in one wave (default the latest). Suppressed areas keep their polygon with share
 * and n null, so the map shows "too few answers" rather than a hole. Three statements.
 */
export async function surveyMap(
  ctx: AnalysisContext,
  query: { waveId?: string; measure: string },
): Promise<Choropleth> {
  const frame = await loadFrame(ctx, frameOf(undefined, query.waveId));
  const measure = resolveMeasure(ctx, frame, query.measure);
  const wave = resolveWave(frame, query.waveId);
  const areaIds = frame.areas.map((area) => area.id);
  const [table, shapes] = await Promise.all([
    loadAreaCounts(ctx, frame, measure.itemKeys, wave ? [wave.id] : []),
    areaShapes(ctx, frame.scope),
  ]);
  const figures = wave ? waveFigures(table, measure, wave.id, areaIds).areas : new Map();
  return {
    type: 'FeatureCollection',
    features: shapes.map((shape) => {
      const figure = figures.get(shape.id) ?? suppressedFigure;
      return {
        type: 'Feature' as const,
        id: `area:${shape.id}`,
        geometry: shape.geometry,
        properties: {
          areaId: shape.id,
          name: shape.name,
          share: figure.share,
          visibility: figure.visibility,
          n: figure.n,
        },
      };
    }),
  };
}

async function areaShapes(ctx: AnalysisContext, scope: Awaited<ReturnType<typeof loadFrame>>['scope']) {
  const result = (await ctx.db.execute(sql`
    select id, name, geometry from areas
     where organization_id = ${ctx.actor.organizationId} and archived_at is null
       and geometry is not null and ${scopeCondition(sql`id`, scope)}
     order by name, id`)) as { rows: { id: string; name: string; geometry: AreaGeometry }[] };
  return result.rows;
}
