import { and, eq, inArray } from 'drizzle-orm';
import type { Locale } from '../../../../common/roles';
import type { Tx } from '../../../db/client';
import { areas, buildings, entrances } from '../../../db/schema';
import { responseMessage } from '../response-messages';
import type { CappedIssues } from './capped-issues';
import type { ParsedResponse } from './parse-answers';

/** An imported response with the ids of its place. */
export type PlacedResponse = ParsedResponse & {
  areaId: string;
  buildingId: string | null;
  entranceId: string | null;
};

/**
 * The organization's areas by the texts a file may name them with: the code, or the name where
 * no area has that as its code. parseAnswers matches a file's text to one of these keys.
 */
export async function areaKeys(tx: Tx, organizationId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: areas.id, code: areas.code, name: areas.name })
    .from(areas)
    .where(eq(areas.organizationId, organizationId));
  const keys = new Map(rows.map((row) => [row.code, row.id]));
  for (const row of rows) if (!keys.has(row.name)) keys.set(row.name, row.id);
  return keys;
}

const chunks = <T>(items: T[], size = 1000) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Buildings by their external id, and entrances by building and label, among those the file names. */
async function placeDirectory(tx: Tx, organizationId: string, rows: ParsedResponse[]) {
  const externalIds = [...new Set(rows.map((row) => row.buildingExternalId).filter((id) => id !== null))];
  const byExternalId = new Map<string, { id: string; areaId: string }>();
  for (const part of chunks(externalIds)) {
    const found = await tx
      .select({ id: buildings.id, areaId: buildings.areaId, externalId: buildings.externalId })
      .from(buildings)
      .where(and(eq(buildings.organizationId, organizationId), inArray(buildings.externalId, part)));
    for (const row of found) byExternalId.set(row.externalId ?? '', row);
  }
  const entranceIds = new Map<string, string>();
  for (const part of chunks([...byExternalId.values()].map((b) => b.id))) {
    const found = await tx
      .select({ id: entrances.id, buildingId: entrances.buildingId, label: entrances.label })
      .from(entrances)
      .where(and(eq(entrances.organizationId, organizationId), inArray(entrances.buildingId, part)));
    for (const row of found) entranceIds.set(`${row.buildingId}\u0000${row.label.toLowerCase()}`, row.id);
  }
  return { byExternalId, entranceIds };
}

export type PlaceColumns = { area: string; building: string | null; entrance: string | null };

type PlaceInput = {
  organizationId: string;
  rows: ParsedResponse[];
  areaIdOfKey: ReadonlyMap<string, string>;
  waveAreaIds: readonly string[];
  columns: PlaceColumns;
  issues: CappedIssues;
  locale: Locale;
};

/**
 * The place of every parsed row: the area must be one of the wave's, the building (by the
 * organization's external id) must lie in it, the entrance (by label, any case) in the building.
 * Problems are added to the file's issues, with the line and the column's header as the field.
 */
export async function placeResponses(tx: Tx, input: PlaceInput): Promise<PlacedResponse[]> {
  const directory = await placeDirectory(tx, input.organizationId, input.rows);
  const placed: PlacedResponse[] = [];
  for (const row of input.rows) {
    const before = input.issues.count;
    const place = placeOf(row, input, directory);
    if (input.issues.count === before) placed.push({ ...row, ...place });
  }
  return placed;
}

function placeOf(
  row: ParsedResponse,
  input: PlaceInput,
  directory: Awaited<ReturnType<typeof placeDirectory>>,
) {
  const { columns, locale } = input;
  const problem = (path: string | null, message: string) =>
    input.issues.add({ line: row.line, path: path ?? 'csv', message });
  const areaId = input.areaIdOfKey.get(row.areaCode) ?? '';
  if (!input.waveAreaIds.includes(areaId)) problem(columns.area, responseMessage(locale, 'areaNotInWave'));
  const externalId = row.buildingExternalId;
  const building = externalId === null ? null : directory.byExternalId.get(externalId);
  if (building === undefined || (building && building.areaId !== areaId))
    problem(columns.building, responseMessage(locale, 'unknownBuilding', externalId ?? ''));
  let entranceId: string | null = null;
  if (row.entranceLabel !== null && externalId === null)
    problem(columns.entrance, responseMessage(locale, 'entranceWithoutBuilding'));
  else if (row.entranceLabel !== null && building) {
    entranceId = directory.entranceIds.get(`${building.id}\u0000${row.entranceLabel.toLowerCase()}`) ?? null;
    if (entranceId === null)
      problem(columns.entrance, responseMessage(locale, 'unknownEntrance', row.entranceLabel));
  }
  return { areaId, buildingId: building?.id ?? null, entranceId };
}
