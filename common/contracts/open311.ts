import { z } from 'zod';
import { tenantLocales } from '../reporting';

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) as Trygg serves it, with the
 * FixMyStreet extensions. Field names are the specification's (snake_case). JSON follows the
 * specification's "Spark convention": lists are bare arrays; the XML forms wrap them in
 * <services><service>, <service_requests><request> and so on (server/modules/open311/xml.ts).
 */

export const open311Formats = ['json', 'xml'] as const;
export type Open311Format = (typeof open311Formats)[number];

/** "Optional means the response should be the same whether a parameter is passed empty or not at all." */
const blankAsMissing = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema);

const jurisdictionId = blankAsMissing(z.string().trim().max(100).optional());
const locale = blankAsMissing(z.enum(tenantLocales).optional());
/**
 * A W3C date-time (W3C-DTF, the specification's format): YYYY, YYYY-MM, YYYY-MM-DD, or with a
 * time of hh:mm, hh:mm:ss or fractions and a zone. Read by server/modules/open311/w3c-date.ts,
 * which answers a 400 naming the parameter when it is none of those.
 */
const w3Datetime = blankAsMissing(z.string().trim().max(40).optional());
const commaList = blankAsMissing(z.string().max(20_000).optional());

/* Open311 clients send parameters we do not use (api_key on reads, FixMyStreet's own ones): unknown parameters are ignored, not refused. */
export const open311JurisdictionQuery = z.looseObject({ jurisdiction_id: jurisdictionId, locale });

export const open311RequestsQuery = z.looseObject({
  jurisdiction_id: jurisdictionId,
  locale,
  service_request_id: commaList,
  service_code: commaList,
  start_date: w3Datetime,
  end_date: w3Datetime,
  status: commaList,
  /** FixMyStreet extension: adds extended_status to each request. */
  extensions: blankAsMissing(z.enum(['true', 'false']).optional()),
});
export type Open311RequestsQuery = z.infer<typeof open311RequestsQuery>;

export const open311RequestQuery = open311JurisdictionQuery.extend({
  extensions: blankAsMissing(z.enum(['true', 'false']).optional()),
});

export const open311UpdatesQuery = open311JurisdictionQuery.extend({
  start_date: w3Datetime,
  end_date: w3Datetime,
});

export const open311IdParams = z.strictObject({ id: z.string().max(200) });
export const open311ServiceParams = z.strictObject({ service_code: z.string().max(200) });
export const open311TokenParams = z.strictObject({ token: z.string().max(200) });

const text = (max: number) => blankAsMissing(z.string().trim().max(max).optional());

/**
 * A POST of a service request, form-encoded (the specification) or JSON. Attributes arrive
 * as `attribute[code]` keys (form) or as an `attribute` object (JSON); the route folds both.
 * Which fields are required is checked after the api_key, so a caller without a key learns nothing.
 */
/** POST requests may carry api_key (and jurisdiction_id) in the query string instead of the body. */
export const open311PostQuery = z.looseObject({ api_key: text(200), jurisdiction_id: jurisdictionId });

export const open311RequestInput = z.looseObject({
  api_key: text(200),
  jurisdiction_id: jurisdictionId,
  service_code: text(100),
  lat: text(40),
  long: text(40),
  address_string: text(300),
  address_id: text(200),
  email: text(254),
  device_id: text(200),
  account_id: text(200),
  first_name: text(100),
  last_name: text(100),
  phone: text(40),
  description: text(4000),
  media_url: z.unknown().optional(),
  locale,
  attribute: z.record(z.string(), z.unknown()).optional(),
});
export type Open311RequestInput = z.infer<typeof open311RequestInput>;

export const open311Service = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.literal('realtime'),
  keywords: z.string(),
  group: z.string(),
});
export const open311Services = z.array(open311Service);

export const open311Attribute = z.object({
  variable: z.boolean(),
  code: z.string(),
  datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
  required: z.boolean(),
  datatype_description: z.string().nullable(),
  order: z.number().int(),
  description: z.string(),
  values: z.array(z.object({ key: z.string(), name: z.string() })),
});
export const open311ServiceDefinition = z.object({
  service_code: z.string(),
  attributes: z.array(open311Attribute),
});

export const open311Receipts = z.array(
  z.object({
    service_request_id: z.string(),
    service_notice: z.string().nullable(),
    account_id: z.string().nullable(),
  }),
);

export const open311Request = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  /** Only with ?extensions=true (FixMyStreet). */
  extended_status: z.string().optional(),
  status_notes: z.string().nullable(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string(),
  agency_responsible: z.string(),
  service_notice: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
});
export type Open311Request = z.infer<typeof open311Request>;
export const open311Requests = z.array(open311Request);

export const open311Tokens = z.array(z.object({ service_request_id: z.string(), token: z.string() }));

export const open311Update = z.object({
  update_id: z.string(),
  service_request_id: z.string(),
  status: z.string(),
  updated_datetime: z.string(),
  description: z.string(),
  media_url: z.string(),
});
export type Open311Update = z.infer<typeof open311Update>;
export const open311Updates = z.array(open311Update);

export const open311Discovery = z.object({
  changeset: z.string(),
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(
    z.object({
      specification: z.string(),
      url: z.string(),
      changeset: z.string(),
      type: z.enum(['production', 'test']),
      formats: z.array(z.string()),
    }),
  ),
});

export const open311Errors = z.array(z.object({ code: z.number().int(), description: z.string() }));
export type Open311ErrorItem = z.infer<typeof open311Errors>[number];

/* Staff administration of the keys Open311 clients send as api_key. */

/** What a request placed in none of the organization's areas gets: filed with a notice, or refused (400). */
export const open311OutsideAreas = z.enum(['notice', 'refuse']);
export type Open311OutsideAreas = z.infer<typeof open311OutsideAreas>;

/**
 * What a reader of requests sees (server/modules/open311/presenter.ts decides it, for every
 * read): 'public' (no key, or a key agreed so) category, status, dates, the area and a 250 m grid
 * cell, the text only as a staff-approved summary; 'area' adds the building's street and a 100 m
 * cell; 'exact_position' the exact point and entrance (a municipality sending a crew); 'full'
 * also the tenant's description, place words and replies — set by admins only. Restricted
 * categories are never read at any level.
 */
export const open311Disclosures = ['public', 'area', 'exact_position', 'full'] as const;
export const open311Disclosure = z.enum(open311Disclosures);
export type Open311Disclosure = z.infer<typeof open311Disclosure>;

export const open311ApiKey = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  outsideAreas: open311OutsideAreas,
  disclosure: open311Disclosure,
});
export const open311ApiKeyList = z.object({ items: z.array(open311ApiKey) });
export const open311ApiKeyInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  outsideAreas: open311OutsideAreas.default('notice'),
  disclosure: open311Disclosure.default('public'),
});
/** A partial update, as every PATCH: what is left out stays. */
export const open311ApiKeyPatch = z.strictObject({
  outsideAreas: open311OutsideAreas.optional(),
  disclosure: open311Disclosure.optional(),
});
/** The key itself is shown once, when it is made; only its hash is stored. */
export const open311ApiKeyCreated = z.object({ key: open311ApiKey, secret: z.string() });
export const open311ApiKeyParams = z.strictObject({ id: z.uuid() });

/* Publication with moderation (off by default): the organization's switch and each report's public summary. */

export const open311Publication = z.object({ publishSummaries: z.boolean() });
export const open311PublicationInput = z.strictObject({ publishSummaries: z.boolean() });

/** A public summary is short: what happened where, in staff's words, never a copy of the tenant's text unread. */
export const maxPublicSummaryLength = 300;
export const publicSummaryInput = z.strictObject({
  text: z.string().trim().min(1).max(maxPublicSummaryLength),
});
export const publicSummaryView = z.object({
  /** The organization publishes approved summaries (otherwise nothing here is shown publicly). */
  publishSummaries: z.boolean(),
  /** False for restricted reports: they are never published. */
  eligible: z.boolean(),
  /** The actor may approve (while publication is on) or withdraw (always) this report's summary. */
  canModerate: z.boolean(),
  summary: z
    .object({ text: z.string(), approvedAt: z.string(), approvedByName: z.string().nullable() })
    .nullable(),
});
export type PublicSummaryView = z.infer<typeof publicSummaryView>;
