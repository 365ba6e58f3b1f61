import { z } from 'zod';
import { maxDescriptionLength, reportSources, reportStatuses } from '../reporting';

/** Staff API of reports: inbox, map, triage, export and figures. */

/** A query parameter listing values separated by commas: ?status=new,accepted */
export const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(item));

/** Inbox filters; also the filters of the map, the counts and the exports. */
export const reportFilters = z.strictObject({
  areaId: commaList(z.uuid()).optional(),
  categoryId: commaList(z.uuid()).optional(),
  status: commaList(z.enum(reportStatuses)).optional(),
  source: commaList(z.enum(reportSources)).optional(),
  /** Received at least / at most this many days ago. */
  minAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
  maxAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
  q: z.string().trim().max(100).optional(),
});
export type ReportFilters = z.infer<typeof reportFilters>;

export const reportListQuery = reportFilters.extend({
  /** Keyset paging: the id of the last report of the previous page (ids are UUIDv7). */
  before: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const reportSummary = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  categoryId: z.uuid(),
  categoryName: z.string(),
  restricted: z.boolean(),
  status: z.enum(reportStatuses),
  source: z.enum(reportSources),
  areaId: z.uuid().nullable(),
  areaName: z.string().nullable(),
  /** Placed by a position that lies in no area of the organization (but in its service region). */
  outsideAreas: z.boolean(),
  placeLabel: z.string().nullable(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  /**
   * Null for restricted reports in every list (their content is read only on the detail, where the
   * read is logged); on the detail, null unless the actor may read the content.
   */
  description: z.string().nullable(),
  photoCount: z.number().int(),
  workOrderId: z.uuid().nullable(),
  duplicateOfId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const reportList = z.object({
  items: z.array(reportSummary),
  total: z.number().int(),
  nextBefore: z.uuid().nullable(),
});

export const areaReportCounts = z.object({
  areas: z.array(
    z.object({
      areaId: z.uuid().nullable(),
      areaName: z.string().nullable(),
      open: z.number().int(),
      total: z.number().int(),
    }),
  ),
});

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

/** Server-side clustered map: one point per cluster (count > 1) or report (count 1). */
export const reportMapQuery = reportFilters.extend({
  bbox: z
    .string()
    .transform((value) => value.split(',').map(Number))
    // minLon,minLat,maxLon,maxLat: every number bounded, so no Infinity reaches the grid maths.
    .pipe(z.tuple([longitude, latitude, longitude, latitude])),
  zoom: z.coerce.number().min(0).max(24),
});
export const reportMap = z.object({
  clusters: z.array(
    z.object({
      lon: z.number(),
      lat: z.number(),
      count: z.number().int(),
      /** Set when count is 1. */
      reportId: z.uuid().nullable(),
      /** [minLon, minLat, maxLon, maxLat] of the cluster's reports, to zoom to. */
      bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    }),
  ),
  total: z.number().int(),
});

export const contentAccesses = ['open', 'role', 'break_glass', 'hidden'] as const;

/** How long a break-glass grant opens a restricted report's content. */
export const breakGlassMinutes = 30;

/** Why someone outside the social team opens a restricted report: kept with the grant, shown in the log review. */
export const breakGlassInput = z.strictObject({ reason: z.string().trim().min(10).max(500) });

/** The log review's break-glass section: newest first, paged by the id of the last grant seen. */
export const breakGlassQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.uuid().optional(),
});
export const breakGlassEntry = z.object({
  id: z.uuid(),
  actor: z.object({ id: z.uuid(), displayName: z.string() }),
  report: z.object({ id: z.uuid(), trackingCode: z.string().nullable() }),
  reason: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** Reads of the report's content the actor made while the grant was open (from the audit log). */
  reads: z.number().int(),
});
export const breakGlassList = z.object({ items: z.array(breakGlassEntry) });

export const photo = z.object({
  id: z.uuid(),
  url: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});

export const reportDetail = reportSummary.extend({
  locationText: z.string().nullable(),
  locale: z.string(),
  /** Only for staff handling the report, and never after the reporter withdrew it. */
  contact: z
    .object({
      name: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      wantsUpdates: z.boolean(),
    })
    .nullable(),
  contactWithdrawn: z.boolean(),
  rejectReason: z.string().nullable(),
  forwardedTo: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  publicReply: z.string().nullable(),
  photos: z.array(photo),
  updates: z.array(
    z.object({
      id: z.uuid(),
      status: z.enum(reportStatuses),
      publicText: z.string().nullable(),
      internalNote: z.string().nullable(),
      authorName: z.string().nullable(),
      notification: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  /** Reports merged into this one. */
  duplicates: z.array(z.object({ id: z.uuid(), trackingCode: z.string(), createdAt: z.string() })),
  /**
   * How the actor reaches the content of this report: 'open' (not restricted), 'role' (the social
   * team), 'break_glass' (until breakGlassUntil) or 'hidden' (description, photos, contact details
   * and timeline texts left out). Every read by role or break-glass is logged.
   */
  contentAccess: z.enum(contentAccesses),
  breakGlassUntil: z.string().nullable(),
  abilities: z.array(z.string()),
});
export type ReportDetail = z.infer<typeof reportDetail>;

/** Same category within 50 m and 14 days, nearest first. */
export const duplicateSuggestions = z.object({
  suggestions: z.array(reportSummary.extend({ distanceMeters: z.number() })),
});

const reply = z.string().trim().min(1).max(2000);
export const acceptInput = z.strictObject({ reply: reply.optional() });
export const mergeInput = z.strictObject({ intoId: z.uuid() });
export const rejectInput = z.strictObject({
  reason: z.string().trim().min(1).max(500),
  reply: reply.optional(),
});
export const forwardInput = z.strictObject({ externalBodyId: z.uuid(), reply: reply.optional() });
export const replyInput = z.strictObject({ text: reply });

/** A report staff write down themselves (a phone call, something seen on a walk). */
export const staffReportInput = z.strictObject({
  id: z.uuid(),
  categoryId: z.uuid(),
  description: z.string().trim().min(1).max(maxDescriptionLength),
  areaId: z.uuid().optional(),
  entranceId: z.uuid().optional(),
  lon: z.number().min(-180).max(180).optional(),
  lat: z.number().min(-90).max(90).optional(),
  locationText: z.string().trim().max(300).optional(),
});

/** Figures per area and month. Medians are in hours; null when nothing to measure. */
export const reportFiguresQuery = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  areaId: commaList(z.uuid()).optional(),
});
export const reportFigures = z.object({
  rows: z.array(
    z.object({
      areaId: z.uuid().nullable(),
      areaName: z.string().nullable(),
      month: z.string(),
      reportsIn: z.number().int(),
      medianHoursToFirstResponse: z.number().nullable(),
      medianHoursToDone: z.number().nullable(),
      done: z.number().int(),
      doneWithinTarget: z.number().int(),
      /** doneWithinTarget / done, 0–1; null when nothing is done. */
      shareDoneWithinTarget: z.number().nullable(),
    }),
  ),
});

export const exportFormat = z.strictObject({ format: z.enum(['csv', 'xlsx']) });
/** The inbox filters and a format: the export holds what the inbox shows. */
export const reportExportQuery = reportFilters.extend(exportFormat.shape);

export const externalBodyInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().nullable().optional(),
  // https only: the request carries the body's api_key, and plain http invites redirection games.
  open311Endpoint: z
    .url({ protocol: /^https$/, error: 'open311Endpoint must be an https:// URL' })
    .nullable()
    .optional(),
  open311ApiKey: z.string().trim().max(200).nullable().optional(),
  open311ServiceCode: z.string().trim().max(100).nullable().optional(),
});
/** A change to an external body: the API key is replaced when given, cleared with null, else kept. */
export const externalBodyPatch = externalBodyInput.partial();
export const externalBody = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  open311Endpoint: z.string().nullable(),
  open311ServiceCode: z.string().nullable(),
  hasApiKey: z.boolean(),
  archived: z.boolean(),
});
export const externalBodyList = z.object({ items: z.array(externalBody) });

export const responseTemplateInput = z.strictObject({
  categoryId: z.uuid().nullable(),
  status: z.enum(['accepted', 'done', 'rejected', 'forwarded']),
  locale: z.string().min(2).max(5),
  text: z.string().trim().min(1).max(2000),
});
export const responseTemplate = responseTemplateInput.extend({ id: z.uuid() });
export const responseTemplateList = z.object({ items: z.array(responseTemplate) });

/** The answer to a staff-made report: 201 when new, 200 when this id was already received. */
export const staffReportReceipt = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  status: z.enum(reportStatuses),
  alreadyReceived: z.boolean(),
});
