import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { ReportSource } from '../../../common/reporting';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import { rawQuery } from '../../db/raw-query';
import { reports } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { type ReencodedPhoto, reencodePhoto } from '../../platform/images';
import type { FileStorage } from '../../platform/storage';
import { intakeMessage } from '../public-reports/messages';
import { intakeStatement } from './intake-statement';
import { newTrackingCode } from './tracking-code';

export { resolvePlace } from './place-of-report';

export type IntakeInput = {
  id: string;
  organizationId: string;
  categoryId: string;
  restricted: boolean;
  source: ReportSource;
  description: string;
  areaId: string | null;
  buildingId: string | null;
  entranceId: string | null;
  lon: number | null;
  lat: number | null;
  locationText: string | null;
  locale: string;
  contact: {
    name?: string;
    email?: string;
    phone?: string;
    wantsUpdates: boolean;
    /** Ticked apart from updates: the e-mail may also carry one survey invitation. */
    surveyInvitationOptIn?: boolean;
  } | null;
  apiKeyId?: string | null;
};
/** What callers need of a received report. */
export type ReceivedReport = { id: string; trackingCode: string; status: string; createdAt: Date };
type Received = { report: ReceivedReport; alreadyReceived: boolean };
type StagedPhoto = ReencodedPhoto & { id: string; key: string };

/** JSON with sorted keys, so the same content always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The submission's idempotency key: a retry with the same id and this key is the same report.
 * Contact details are left out: a hash over them would let anyone holding the database confirm a
 * guessed name, e-mail and phone, also after the reporter withdrew them. A retry that differs only
 * in its contact details is therefore the same report (its first contact details stay).
 */
export const contentHashOf = (input: IntakeInput): string => {
  const { contact: _, ...content } = input;
  return createHash('sha256')
    .update(canonicalJson({ ...content, apiKeyId: input.apiKeyId ?? null }))
    .digest('hex');
};

async function findReport(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select({
      id: reports.id,
      trackingCode: reports.trackingCode,
      status: reports.status,
      createdAt: reports.createdAt,
      contentHash: reports.contentHash,
    })
    .from(reports)
    .where(and(eq(reports.organizationId, organizationId), eq(reports.id, id)));
  return row ?? null;
}

/**
 * A retry of the same submission gets its report back; the same id with other content is refused,
 * and so is any retry of a report whose key was discarded (erased, or made before the key left
 * contact details out): its content can no longer be compared.
 */
function replayOf(
  existing: ReceivedReport & { contentHash: string | null },
  contentHash: string,
  locale: Locale,
): Received {
  if (existing.contentHash === null || existing.contentHash !== contentHash) {
    throw new AppError('conflict', [{ path: 'id', message: intakeMessage(locale, 'otherContent') }]);
  }
  const { contentHash: _, ...report } = existing;
  return { report, alreadyReceived: true };
}

function reportRow(input: IntakeInput, contentHash: string) {
  const contact = input.contact;
  const hasContact = Boolean(contact && (contact.name || contact.email || contact.phone));
  return {
    organizationId: input.organizationId,
    id: input.id,
    trackingCode: newTrackingCode(),
    categoryId: input.categoryId,
    restricted: input.restricted,
    status: 'new',
    source: input.source,
    areaId: input.areaId,
    buildingId: input.buildingId,
    entranceId: input.entranceId,
    lon: input.lon,
    lat: input.lat,
    locationText: input.locationText,
    description: input.description,
    locale: input.locale,
    reporterName: contact?.name || null,
    reporterEmail: contact?.email || null,
    reporterPhone: contact?.phone || null,
    // Updates go by e-mail, so asking for them without an address means nothing.
    wantsUpdates: Boolean(contact?.wantsUpdates && contact.email),
    surveyInvitationOptIn: Boolean(contact?.surveyInvitationOptIn && contact.email),
    contactConsentAt: hasContact ? new Date() : null,
    contentHash,
    apiKeyId: input.apiKeyId ?? null,
  };
}

const isTrackingCodeClash = (error: unknown): boolean => {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const e = current as { code?: string; constraint?: string; cause?: unknown };
    if (e.code === '23505' && /tracking_code/.test(e.constraint ?? '')) return true;
    current = e.cause;
  }
  return false;
};

type InsertedRow = { id: string; tracking_code: string; status: string; created_at: string | Date };

/**
 * Writes the photo files, then the report, its first timeline entry and its photos' rows in
 * one statement (all or nothing without a transaction's round trips: intake is the hot path).
 * Null when the id exists already (a retry, or a double tap racing this one); the files are
 * removed again then, and when the statement fails.
 */
async function insertReport(
  db: Db,
  storage: FileStorage,
  input: IntakeInput,
  hash: string,
  staged: StagedPhoto[],
) {
  const row = reportRow(input, hash);
  const keys = Object.keys(row) as (keyof typeof row)[];
  const params: unknown[] = [...keys.map((key) => row[key]), newId()];
  for (const photo of staged) {
    params.push(photo.id, photo.key, photo.contentType, photo.width, photo.height, photo.bytes.length);
    await storage.put(photo.key, photo.bytes, photo.contentType);
  }
  let inserted: InsertedRow | undefined;
  try {
    const statement = intakeStatement(keys, staged.length);
    [inserted] = await rawQuery<InsertedRow>(db, statement.name, statement.text, params);
  } finally {
    if (!inserted) await Promise.all(staged.map((photo) => storage.delete(photo.key)));
  }
  if (!inserted) return null;
  const { id, tracking_code: trackingCode, status, created_at: createdAt } = inserted;
  return { id, trackingCode, status, createdAt: new Date(createdAt) };
}

/** Re-encodes every photo first: one bad photo refuses the whole report before anything is saved. */
async function stagePhotos(organizationId: string, photos: Buffer[], locale: Locale): Promise<StagedPhoto[]> {
  const staged: StagedPhoto[] = [];
  for (const [index, bytes] of photos.entries()) {
    const encoded = await reencodePhoto(bytes, { field: `photos[${index}]`, locale });
    const id = newId();
    staged.push({ ...encoded, id, key: `${organizationId}/${id}.jpg` });
  }
  return staged;
}

/**
 * Receives a report from the tenant page, staff or Open311, idempotently by its client-made id.
 */
export async function receiveReport(
  db: Db,
  storage: FileStorage,
  input: IntakeInput,
  photos: Buffer[],
  options: { locale?: Locale } = {},
): Promise<Received> {
  const locale = options.locale ?? 'sv';
  const hash = contentHashOf(input);
  // With photos, look first: a retry should not re-encode them. Without, the insert finds out.
  if (photos.length > 0) {
    const existing = await findReport(db, input.organizationId, input.id);
    if (existing) return replayOf(existing, hash, locale);
  }
  const staged = await stagePhotos(input.organizationId, photos, locale);
  for (let attempt = 1; ; attempt++) {
    try {
      const report = await insertReport(db, storage, input, hash, staged);
      if (report) return { report, alreadyReceived: false };
      break;
    } catch (error) {
      if (!isTrackingCodeClash(error) || attempt >= 5) throw error;
    }
  }
  const winner = await findReport(db, input.organizationId, input.id);
  if (!winner) throw new Error('report vanished after a conflicting insert');
  return replayOf(winner, hash, locale);
}
