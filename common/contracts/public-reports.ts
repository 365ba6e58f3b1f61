import { z } from 'zod';
import { maxDescriptionLength, reportStatuses, tenantLocales } from '../reporting';

/**
 * The public (no account) API of the tenant report page: the form's data, place search, the
 * submission and the status page of a tracking code.
 */

export const tenantLocale = z.enum(tenantLocales);

/** ?org=<slug> opens the plain form; ?entrance=<public token> pre-fills the place (QR code). */
export const reportFormQuery = z.strictObject({
  org: z.string().trim().min(1).max(100).optional(),
  entrance: z.string().trim().min(1).max(100).optional(),
  locale: tenantLocale.optional(),
});

export const publicPlace = z.object({
  /** Set when the place is an entrance: the submission sends it back as entranceToken. */
  entranceToken: z.string().nullable(),
  label: z.string(),
  address: z.string(),
  areaName: z.string(),
  lon: z.number(),
  lat: z.number(),
});
export type PublicPlace = z.infer<typeof publicPlace>;

export const publicCategory = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  /** Disturbance and subletting: the page says who reads it. */
  restricted: z.boolean(),
});
export type PublicCategory = z.infer<typeof publicCategory>;

export const reportForm = z.object({
  organization: z.object({ name: z.string(), slug: z.string() }),
  categories: z.array(publicCategory),
  place: publicPlace.nullable(),
  /** [minLon, minLat, maxLon, maxLat] of the organization's areas, for the pin map. */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  /**
   * What becomes public (Open311), said before sending: 'coarse' category, status and the
   * approximate area only; 'moderated' also a summary staff may approve. The form's notice follows it.
   */
  publication: z.enum(['coarse', 'moderated']),
});
export type ReportForm = z.infer<typeof reportForm>;

export const placeSearchQuery = z.strictObject({
  org: z.string().trim().min(1).max(100),
  q: z.string().trim().min(2).max(100),
});
export const placeSearchResult = z.object({ places: z.array(publicPlace) });

/** Nearest entrances to a position ("use my position"). */
export const nearbyQuery = z.strictObject({
  org: z.string().trim().min(1).max(100),
  lon: z.coerce.number().min(-180).max(180),
  lat: z.coerce.number().min(-90).max(90),
});

export const reportContact = z.strictObject({
  name: z.string().trim().max(200).optional(),
  email: z.email().max(254).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{5,30}$/)
    .optional(),
  /** The reporter accepted the consent text for contact data. Required when any is given. */
  consent: z.literal(true),
  wantsUpdates: z.boolean().default(false),
  /**
   * Separate from updates and unticked by default: the e-mail may also be used to invite the
   * reporter to one short survey about how it went. Without it the address is never used so.
   */
  surveyInvitationOptIn: z.boolean().default(false),
});

/**
 * A submission. `id` is made by the client (UUIDv7) so a retry never makes a second report.
 * Photos travel as multipart files next to a `report` field holding this JSON.
 */
export const reportSubmission = z.strictObject({
  id: z.uuid(),
  organization: z.string().trim().min(1).max(100),
  entranceToken: z.string().trim().min(1).max(100).optional(),
  categoryKey: z.string().trim().min(1).max(40),
  description: z.string().trim().min(1).max(maxDescriptionLength),
  position: z
    .strictObject({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) })
    .optional(),
  locationText: z.string().trim().max(300).optional(),
  locale: tenantLocale.default('sv'),
  contact: reportContact.optional(),
  /** Honeypot: hidden from people; a bot that fills it is refused. */
  website: z.string().max(200).optional(),
});
export type ReportSubmission = z.infer<typeof reportSubmission>;

export const reportReceipt = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  receivedAt: z.string(),
  /** True when this answer is for a submission the server had already received. */
  alreadyReceived: z.boolean(),
});
export type ReportReceipt = z.infer<typeof reportReceipt>;

export const trackingCodeParams = z.strictObject({ code: z.string().trim().min(4).max(20) });
export const statusQuery = z.strictObject({ locale: tenantLocale.optional() });

/** What a tracking code reveals: that report's status and public replies, nothing else. */
export const reportStatusPage = z.object({
  trackingCode: z.string(),
  category: z.string(),
  status: z.enum(reportStatuses),
  receivedAt: z.string(),
  updatedAt: z.string(),
  updates: z.array(z.object({ status: z.enum(reportStatuses), text: z.string().nullable(), at: z.string() })),
  /** What was done, when a work order fed by the report is done. */
  resolution: z.string().nullable(),
  /** Who has it now, when it was forwarded (not ours). */
  forwardedTo: z.string().nullable(),
  hasContactDetails: z.boolean(),
  wantsUpdates: z.boolean(),
  /** For the link to the organization's privacy notice. */
  organizationSlug: z.string(),
});
export type ReportStatusPage = z.infer<typeof reportStatusPage>;

/** The organization's areas as GeoJSON for the pin map: names and outlines only. */
export const publicAreasQuery = z.strictObject({ org: z.string().trim().min(1).max(100) });
export const publicAreas = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ name: z.string() }),
      geometry: z.object({
        type: z.enum(['Polygon', 'MultiPolygon']),
        coordinates: z.array(z.array(z.unknown())),
      }),
    }),
  ),
});
export type PublicAreas = z.infer<typeof publicAreas>;

/** Asking for e-mail updates after submitting (from the status page). */
export const statusUpdatesInput = z.strictObject({ email: z.email().max(254), consent: z.literal(true) });
