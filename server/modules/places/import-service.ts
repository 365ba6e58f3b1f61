import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { areaImportInput, buildingImportInput, importResult } from '../../../common/contracts/places';
import type { Tx } from '../../db/client';
import { areas, buildings, entrances } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { type ImportedBuilding, parseBuildingCsv } from '../../platform/geo/building-csv';
import { type ImportedArea, parseAreaGeoJson } from '../../platform/geo/geojson-import';
import { IssueList } from '../../platform/geo/import-error';
import { importMessages } from '../../platform/geo/import-messages';
import { newId, randomToken } from '../../platform/ids';
import { type AreaScope, authorize } from '../../platform/policy';
import { inScope, scopeFor } from './access';
import { boxColumns } from './area-service';
import type { PlaceContext } from './context';
import { placePermissions } from './policy';

type ImportResult = z.infer<typeof importResult>;
const chunkSize = 500;
const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / chunkSize) }, (_, i) =>
    items.slice(i * chunkSize, (i + 1) * chunkSize),
  );

/** Imports areas from GeoJSON, all or nothing; dry runs check everything and write nothing. */
export async function importAreas(
  ctx: PlaceContext,
  input: z.infer<typeof areaImportInput>,
): Promise<ImportResult> {
  // New areas belong to the whole organization, so only an organization-wide grant may import them.
  authorize(placePermissions, ctx.actor, 'place.import');
  const t = importMessages(ctx.locale);
  const imported = parseAreaGeoJson(input.geojson, { crs: input.crs, t });
  const dryRun = input.dryRun ?? false;
  const created = { areas: imported.length, buildings: 0, entrances: 0 };
  await ctx.db.transaction(async (tx) => {
    await ensureCodesFree(tx, ctx, imported);
    if (dryRun) return;
    const rows = imported.map((area) => ({
      organizationId: ctx.actor.organizationId,
      id: newId(),
      name: area.name,
      code: area.code,
      classification: area.classification,
      geometry: area.geometry,
      ...boxColumns(area.geometry),
    }));
    for (const chunk of chunks(rows)) await tx.insert(areas).values(chunk);
    const after = { ...created, codes: imported.map((a) => a.code) };
    await recordAudit(tx, ctx.actor, { action: 'import', entityType: 'area', after });
  });
  return { dryRun, created };
}

/** No imported code may be in use in the organization already. */
async function ensureCodesFree(tx: Tx, ctx: PlaceContext, imported: ImportedArea[]) {
  const t = importMessages(ctx.locale);
  const issues = new IssueList();
  for (const codes of chunks(imported.map((a) => a.code))) {
    const taken = await tx
      .select({ code: areas.code })
      .from(areas)
      .where(and(eq(areas.organizationId, ctx.actor.organizationId), inArray(areas.code, codes)));
    for (const { code } of taken) {
      const area = imported.find((a) => a.code === code);
      issues.add({
        path: `features[${area?.index}].properties.code`,
        message: t('existsAlready', { value: code }),
      });
    }
  }
  issues.throwIfAny();
}

/** Imports buildings and entrances from CSV into existing areas, all or nothing. */
export async function importBuildings(
  ctx: PlaceContext,
  input: z.infer<typeof buildingImportInput>,
): Promise<ImportResult> {
  const scope = scopeFor(ctx.actor, 'place.import');
  if (scope.kind === 'none') authorize(placePermissions, ctx.actor, 'place.import');
  const imported = parseBuildingCsv(input.csv, { crs: input.crs, t: importMessages(ctx.locale) });
  const dryRun = input.dryRun ?? false;
  const entranceTotal = imported.reduce((sum, b) => sum + b.entrances.length, 0);
  const created = { areas: 0, buildings: imported.length, entrances: entranceTotal };
  await ctx.db.transaction(async (tx) => {
    const areaIds = await checkBuildingReferences(tx, ctx, imported, scope);
    if (dryRun) return;
    await insertBuildings(tx, ctx, imported, areaIds);
    await recordAudit(tx, ctx.actor, { action: 'import', entityType: 'building', after: created });
  });
  return { dryRun, created };
}

/**
 * Every area code must name a live area the actor may import into, and no building id may be
 * taken already. Returns the area id of each code.
 */
async function checkBuildingReferences(
  tx: Tx,
  ctx: PlaceContext,
  imported: ImportedBuilding[],
  scope: AreaScope,
) {
  const t = importMessages(ctx.locale);
  const issues = new IssueList();
  const areaIds = await areaIdsOfCodes(tx, ctx, [...new Set(imported.map((b) => b.areaCode))], scope);
  for (const b of imported.filter((b) => !areaIds.has(b.areaCode))) {
    issues.add({ line: b.line, path: 'area_code', message: t('unknownArea', { code: b.areaCode }) });
  }
  for (const ids of chunks(imported.map((b) => b.externalId))) {
    const taken = await tx
      .select({ externalId: buildings.externalId })
      .from(buildings)
      .where(and(eq(buildings.organizationId, ctx.actor.organizationId), inArray(buildings.externalId, ids)));
    for (const { externalId } of taken) {
      const line = imported.find((b) => b.externalId === externalId)?.line;
      issues.add({
        line,
        path: 'building_external_id',
        message: t('existsAlready', { value: String(externalId) }),
      });
    }
  }
  issues.throwIfAny();
  return areaIds;
}

/** The ids of the live areas with these codes that are in the actor's import scope. */
async function areaIdsOfCodes(tx: Tx, ctx: PlaceContext, codes: string[], scope: AreaScope) {
  const areaIds = new Map<string, string>();
  for (const chunk of chunks(codes)) {
    const found = await tx
      .select({ id: areas.id, code: areas.code })
      .from(areas)
      .where(
        and(
          eq(areas.organizationId, ctx.actor.organizationId),
          inArray(areas.code, chunk),
          isNull(areas.archivedAt),
          inScope(areas.id, scope),
        ),
      );
    for (const area of found) areaIds.set(area.code, area.id);
  }
  return areaIds;
}

async function insertBuildings(
  tx: Tx,
  ctx: PlaceContext,
  imported: ImportedBuilding[],
  areaIds: Map<string, string>,
) {
  const organizationId = ctx.actor.organizationId;
  const buildingRows = imported.map((b) => ({
    organizationId,
    id: newId(),
    areaId: areaIds.get(b.areaCode) as string,
    name: b.name,
    address: b.address,
    propertyDesignation: b.propertyDesignation,
    externalId: b.externalId,
    lon: b.lon,
    lat: b.lat,
  }));
  const entranceRows = imported.flatMap((b, i) =>
    b.entrances.map((e) => ({
      organizationId,
      id: newId(),
      buildingId: buildingRows[i].id,
      label: e.label,
      lon: e.lon,
      lat: e.lat,
      publicToken: randomToken(16),
    })),
  );
  for (const chunk of chunks(buildingRows)) await tx.insert(buildings).values(chunk);
  for (const chunk of chunks(entranceRows)) await tx.insert(entrances).values(chunk);
}
