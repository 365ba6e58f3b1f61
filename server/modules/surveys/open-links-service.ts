import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { OpenLinks } from '../../../common/contracts/survey-waves';
import { areas, buildings, entrances, surveyOpenLinks } from '../../db/schema';
import { forbidden } from '../../platform/errors';
import { randomToken } from '../../platform/ids';
import type { SurveyContext } from './context';
import { visibleWave, waveAreasFor } from './waves-access';

/** The tenant page's path of an open link. */
const openLinkPath = (token: string) => `/s/open/${token}`;

/**
 * The open link of every live entrance in the wave's areas that the actor manages: a notice in
 * the stairwell carries it, anyone there may answer (channel open_link, weaker than a code).
 * Each link has its own random token (128 bits), made the first time the links are listed (so a
 * stairwell added after the wave was created gets one too; making it grants nothing to whoever
 * caused it, so this GET may write, see docs/decisions.md). The url is the tenant page's path;
 * the web app puts its own origin in front.
 */
export async function listOpenLinks(ctx: SurveyContext, id: string): Promise<OpenLinks> {
  const wave = await visibleWave(ctx.db, ctx.actor, id);
  const areaIds = waveAreasFor(ctx.actor, wave, 'survey.manage');
  if (areaIds.length === 0) throw forbidden();
  const place = and(
    eq(entrances.organizationId, wave.organizationId),
    inArray(buildings.areaId, areaIds),
    isNull(entrances.archivedAt),
    isNull(buildings.archivedAt),
  );
  const buildingOf = and(
    eq(buildings.organizationId, entrances.organizationId),
    eq(buildings.id, entrances.buildingId),
  );
  await mintMissingLinks(ctx, wave.id, place, buildingOf);
  const rows = await ctx.db
    .select({
      entranceId: entrances.id,
      token: surveyOpenLinks.token,
      label: entrances.label,
      address: buildings.address,
      areaName: areas.name,
    })
    .from(entrances)
    .innerJoin(buildings, buildingOf)
    .innerJoin(areas, and(eq(areas.organizationId, buildings.organizationId), eq(areas.id, buildings.areaId)))
    .innerJoin(
      surveyOpenLinks,
      and(
        eq(surveyOpenLinks.organizationId, entrances.organizationId),
        eq(surveyOpenLinks.waveId, wave.id),
        eq(surveyOpenLinks.entranceId, entrances.id),
      ),
    )
    .where(place)
    .orderBy(areas.name, buildings.address, entrances.label);
  return {
    items: rows.map((row) => ({
      entranceId: row.entranceId,
      buildingAddress: `${row.address} · ${row.label}`,
      areaName: row.areaName,
      url: openLinkPath(row.token),
    })),
  };
}

/** Gives every listed entrance without a link in this wave its own token (a retry adds none). */
async function mintMissingLinks(
  ctx: SurveyContext,
  waveId: string,
  place: ReturnType<typeof and>,
  buildingOf: ReturnType<typeof and>,
) {
  const missing = await ctx.db
    .select({ entranceId: entrances.id })
    .from(entrances)
    .innerJoin(buildings, buildingOf)
    .leftJoin(
      surveyOpenLinks,
      and(
        eq(surveyOpenLinks.organizationId, entrances.organizationId),
        eq(surveyOpenLinks.waveId, waveId),
        eq(surveyOpenLinks.entranceId, entrances.id),
      ),
    )
    .where(and(place, isNull(surveyOpenLinks.token)));
  if (missing.length === 0) return;
  await ctx.db
    .insert(surveyOpenLinks)
    .values(
      missing.map((row) => ({
        organizationId: ctx.actor.organizationId,
        waveId,
        entranceId: row.entranceId,
        token: randomToken(16),
      })),
    )
    .onConflictDoNothing({
      target: [surveyOpenLinks.organizationId, surveyOpenLinks.waveId, surveyOpenLinks.entranceId],
    });
}
