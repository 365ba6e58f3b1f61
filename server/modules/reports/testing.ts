import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { photos, reportCategories, reports, reportUpdates } from '../../db/schema';
import { newId } from '../../platform/ids';
import { newTrackingCode } from './tracking-code';

type ReportRow = typeof reports.$inferInsert;
type CategoryRow = typeof reportCategories.$inferSelect;

/** A category of the organization by key, made (restricted for disturbance/subletting) when missing. */
export async function categoryOf(
  app: FastifyInstance,
  organizationId: string,
  key = 'lighting',
): Promise<CategoryRow> {
  const [found] = await app.db
    .select()
    .from(reportCategories)
    .where(and(eq(reportCategories.organizationId, organizationId), eq(reportCategories.key, key)));
  if (found) return found;
  const restricted = key === 'disturbance' || key === 'subletting';
  const [made] = await app.db
    .insert(reportCategories)
    .values({
      organizationId,
      id: newId(),
      key,
      name: { sv: key, en: key },
      restricted,
      pillar: restricted ? 'social' : 'physical',
    })
    .onConflictDoNothing()
    .returning();
  return made ?? categoryOf(app, organizationId, key);
}

/**
 * A report inserted straight into the database, for tests of the staff side (the public intake
 * is tested on its own). Restricted follows the category unless given.
 */
export async function createReport(
  app: FastifyInstance,
  input: Partial<ReportRow> & { organizationId: string; categoryKey?: string },
) {
  const { categoryKey, ...overrides } = input;
  const category = overrides.categoryId
    ? { id: overrides.categoryId, restricted: overrides.restricted ?? false }
    : await categoryOf(app, input.organizationId, categoryKey);
  const row: ReportRow = {
    id: newId(),
    trackingCode: newTrackingCode(),
    categoryId: category.id,
    restricted: category.restricted,
    source: 'web',
    description: 'The lamp by entrance 12 is out',
    contentHash: newId(),
    lon: 17.95,
    lat: 59.21,
    ...overrides,
  };
  const [report] = await app.db.insert(reports).values(row).returning();
  await app.db.insert(reportUpdates).values({
    organizationId: report.organizationId,
    id: newId(),
    reportId: report.id,
    status: 'new',
    createdAt: report.createdAt,
  });
  return report;
}

/** A small JPEG stored as a photo of the report, as the intake would leave it. */
export async function reportPhoto(app: FastifyInstance, report: { organizationId: string; id: string }) {
  const bytes = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#345' } })
    .jpeg()
    .toBuffer();
  const id = newId();
  const storageKey = `${report.organizationId}/${id}.jpg`;
  await app.storage.put(storageKey, bytes, 'image/jpeg');
  await app.db.insert(photos).values({
    organizationId: report.organizationId,
    id,
    ownerType: 'report',
    ownerId: report.id,
    storageKey,
    contentType: 'image/jpeg',
    width: 2,
    height: 2,
    bytes: bytes.length,
  });
  return id;
}
