import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { staffReportInput, staffReportReceipt } from '../../../common/contracts/reports';
import type { ReportStatus } from '../../../common/reporting';
import { reportCategories } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { loadArea, loadEntrance, loadParent } from '../places/access';
import type { ReportContext } from './context';
import { receiveReport } from './intake';
import { areaAt } from './intake-directory';
import { reportMessage } from './messages';
import { reportPermissions } from './policy';

type Input = z.infer<typeof staffReportInput>;
type Place = {
  areaId: string | null;
  buildingId: string | null;
  entranceId: string | null;
  lon: number | null;
  lat: number | null;
};

const invalid = (ctx: ReportContext, path: string, key: Parameters<typeof reportMessage>[1]) =>
  new AppError('validation_failed', [{ path, message: reportMessage(ctx.locale, key) }]);

async function liveCategory(ctx: ReportContext, id: string) {
  const [category] = await ctx.db
    .select()
    .from(reportCategories)
    .where(
      and(
        eq(reportCategories.organizationId, ctx.actor.organizationId),
        eq(reportCategories.id, id),
        isNull(reportCategories.archivedAt),
      ),
    );
  if (!category) throw invalid(ctx, 'categoryId', 'unknown');
  return category;
}

/** Where the report is: the entrance given (and its building and area), the area given, or the point's area. */
async function placeOf(ctx: ReportContext, input: Input): Promise<Place> {
  if ((input.lon === undefined) !== (input.lat === undefined)) {
    throw invalid(ctx, input.lon === undefined ? 'lon' : 'lat', 'placeNeeded');
  }
  const place: Place = {
    areaId: null,
    buildingId: null,
    entranceId: null,
    lon: input.lon ?? null,
    lat: input.lat ?? null,
  };
  if (input.entranceId) {
    const entrance = await loadParent(ctx.locale, 'entranceId', () =>
      loadEntrance(ctx.db, ctx.actor, input.entranceId as string),
    );
    Object.assign(place, {
      entranceId: entrance.id,
      buildingId: entrance.buildingId,
      areaId: entrance.areaId,
    });
    place.lon ??= entrance.lon;
    place.lat ??= entrance.lat;
  }
  if (input.areaId) {
    const area = await loadParent(ctx.locale, 'areaId', () =>
      loadArea(ctx.db, ctx.actor, input.areaId as string),
    );
    if (place.areaId && place.areaId !== area.id) throw invalid(ctx, 'areaId', 'placeOutsideArea');
    place.areaId = area.id;
  }
  if (!place.areaId && place.lon !== null && place.lat !== null) {
    place.areaId = await areaAt(ctx.db, ctx.actor.organizationId, [place.lon, place.lat]);
  }
  if (!place.areaId && place.lon === null && !input.locationText) throw invalid(ctx, 'areaId', 'placeNeeded');
  return place;
}

/**
 * A report staff write down themselves (a phone call, something seen on a walk), through the same
 * idempotent intake as the tenant page: the client's id makes a retry return the same report.
 */
export async function createStaffReport(
  ctx: ReportContext,
  input: Input,
): Promise<z.infer<typeof staffReportReceipt>> {
  const category = await liveCategory(ctx, input.categoryId);
  const place = await placeOf(ctx, input);
  authorize(reportPermissions, ctx.actor, 'report.create', place.areaId);
  const { report, alreadyReceived } = await receiveReport(
    ctx.db,
    ctx.app.storage,
    {
      id: input.id,
      organizationId: ctx.actor.organizationId,
      categoryId: category.id,
      restricted: category.restricted,
      source: 'staff',
      description: input.description,
      ...place,
      locationText: input.locationText || null,
      locale: ctx.locale,
      contact: null,
    },
    [],
    { locale: ctx.locale },
  );
  if (!alreadyReceived) {
    await recordAudit(ctx.db, ctx.actor, {
      action: 'create',
      entityType: 'report',
      entityId: report.id,
      after: input,
    });
  }
  return {
    id: report.id,
    trackingCode: report.trackingCode,
    status: report.status as ReportStatus,
    alreadyReceived,
  };
}
