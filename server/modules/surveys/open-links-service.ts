import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { OpenLinks } from '../../../common/contracts/survey-waves';
import { areas, buildings, entrances } from '../../db/schema';
import { forbidden } from '../../platform/errors';
import type { SurveyContext } from './context';
import { visibleWave, waveAreasFor } from './waves-access';

/**
 * The open link of every live entrance in the wave's areas that the actor manages: a notice in
 * the stairwell carries it, anyone there may answer (channel open_link, weaker than a code).
 * The url is the tenant page's path; the web app puts its own origin in front.
 */
export async function listOpenLinks(ctx: SurveyContext, id: string): Promise<OpenLinks> {
  const wave = await visibleWave(ctx.db, ctx.actor, id);
  const areaIds = waveAreasFor(ctx.actor, wave, 'survey.manage');
  if (areaIds.length === 0) throw forbidden();
  const rows = await ctx.db
    .select({
      entranceId: entrances.id,
      token: entrances.publicToken,
      label: entrances.label,
      address: buildings.address,
      areaName: areas.name,
    })
    .from(entrances)
    .innerJoin(
      buildings,
      and(eq(buildings.organizationId, entrances.organizationId), eq(buildings.id, entrances.buildingId)),
    )
    .innerJoin(areas, and(eq(areas.organizationId, buildings.organizationId), eq(areas.id, buildings.areaId)))
    .where(
      and(
        eq(entrances.organizationId, wave.organizationId),
        inArray(buildings.areaId, areaIds),
        isNull(entrances.archivedAt),
        isNull(buildings.archivedAt),
      ),
    )
    .orderBy(areas.name, buildings.address, entrances.label);
  return {
    items: rows.map((row) => ({
      entranceId: row.entranceId,
      buildingAddress: `${row.address} · ${row.label}`,
      areaName: row.areaName,
      url: `/s/open/${wave.id}/${row.token}`,
    })),
  };
}
