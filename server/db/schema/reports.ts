import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../common/contracts/report-categories';
import { organizations } from './organizations';
import { areas } from './places';

/**
 * A category a tenant chooses when reporting (belysning, klotter, störning …), per organization.
 * Restricted categories (disturbance, subletting) go to the restricted queue: only social
 * coordinators and admins read their text.
 */
export const reportCategories = pgTable(
  'report_categories',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** Stable key, also the Open311 service_code: 'lighting', 'graffiti', or an organization's own. */
    key: text('key').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    restricted: boolean('restricted').notNull().default(false),
    /** The pillar a work order made from such a report starts in. */
    pillar: text('pillar').notNull().default('physical'),
    /** Days within which a report should be done; the figures count the share done in time. */
    targetDays: integer('target_days').notNull().default(14),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    unique('report_categories_key_unique').on(t.organizationId, t.key),
  ],
);

/**
 * A report (felanmälan / trygghetsrapport) from a tenant, staff or an Open311 client. The id is
 * made by the client (UUIDv7) so a retried submission finds the report it already made.
 */
export const reports = pgTable(
  'reports',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** Short code on the receipt; the key of the public status page. Random, not guessable. */
    trackingCode: text('tracking_code').notNull().unique(),
    categoryId: uuid('category_id').notNull(),
    restricted: boolean('restricted').notNull().default(false),
    status: text('status').notNull().default('new'),
    source: text('source').notNull(),
    areaId: uuid('area_id'),
    buildingId: uuid('building_id'),
    entranceId: uuid('entrance_id'),
    lon: doublePrecision('lon'),
    lat: doublePrecision('lat'),
    /** Where it is, in the reporter's words ("behind the laundry"), when no point was given. */
    locationText: text('location_text'),
    description: text('description').notNull(),
    /** The language the reporter wrote in; replies and e-mails use it. */
    locale: text('locale').notNull().default('sv'),
    reporterName: text('reporter_name'),
    reporterEmail: text('reporter_email'),
    reporterPhone: text('reporter_phone'),
    wantsUpdates: boolean('wants_updates').notNull().default(false),
    /**
     * The reporter ticked, separately from updates, that the e-mail may also be used for one
     * survey invitation after the report is dealt with. Never assumed: false unless ticked.
     */
    surveyInvitationOptIn: boolean('survey_invitation_opt_in').notNull().default(false),
    contactConsentAt: timestamp('contact_consent_at', { withTimezone: true }),
    contactWithdrawnAt: timestamp('contact_withdrawn_at', { withTimezone: true }),
    /**
     * Hash of the submitted content without contact details: a retry with the same id but other
     * content is a conflict. Null when discarded (the report was erased, or it was made when the
     * hash still covered contact details); a retry of such a report is refused.
     */
    contentHash: text('content_hash'),
    duplicateOfId: uuid('duplicate_of_id'),
    workOrderId: uuid('work_order_id'),
    rejectReason: text('reject_reason'),
    forwardedToId: uuid('forwarded_to_id'),
    /** The latest reply the reporter can read on the status page. */
    publicReply: text('public_reply'),
    /** Open311 client that filed it, when it came through the API. */
    apiKeyId: uuid('api_key_id'),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.categoryId],
      foreignColumns: [reportCategories.organizationId, reportCategories.id],
    }),
    foreignKey({ columns: [t.organizationId, t.areaId], foreignColumns: [areas.organizationId, areas.id] }),
    index('reports_inbox_idx').on(t.organizationId, t.status, t.createdAt),
    index('reports_area_idx').on(t.organizationId, t.areaId, t.createdAt),
    index('reports_position_idx').on(t.organizationId, t.lon, t.lat),
    index('reports_work_order_idx').on(t.organizationId, t.workOrderId),
    // Retention (modules/retention) finds closed reports still holding contact details or text
    // here; rows leave these indexes once cleared, and open reports (intake) are never in them.
    index('reports_contact_due_idx')
      .on(t.organizationId, t.closedAt)
      .where(
        sql`${t.closedAt} is not null and (${t.reporterName} is not null or ${t.reporterEmail} is not null or ${t.reporterPhone} is not null)`,
      ),
    index('reports_texts_due_idx')
      .on(t.organizationId, t.closedAt)
      .where(sql`${t.closedAt} is not null and ${t.description} <> ''`),
  ],
);

/**
 * The timeline of a report: each status change and reply. Public entries are what the status
 * page and Open311 service-request updates show; internal ones only staff see.
 */
export const reportUpdates = pgTable(
  'report_updates',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    reportId: uuid('report_id').notNull(),
    status: text('status').notNull(),
    publicText: text('public_text'),
    internalNote: text('internal_note'),
    authorUserId: uuid('author_user_id'),
    /** Whether the reporter was e-mailed about it: 'sent', 'failed', or null when not asked. */
    notification: text('notification'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.reportId],
      foreignColumns: [reports.organizationId, reports.id],
    }),
    index('report_updates_report_idx').on(t.organizationId, t.reportId, t.createdAt),
    // Retention's timeline step: only entries that still hold text.
    index('report_updates_texts_idx')
      .on(t.organizationId, t.reportId)
      .where(sql`${t.publicText} is not null or ${t.internalNote} is not null`),
  ],
);

/** A body that owns what is not ours (the municipality's streets, a park): mail or Open311. */
export const externalBodies = pgTable(
  'external_bodies',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    open311Endpoint: text('open311_endpoint'),
    open311ApiKey: text('open311_api_key'),
    open311ServiceCode: text('open311_service_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

/** A reply text per category (or all), trigger status and language, with {code} placeholders. */
export const responseTemplates = pgTable(
  'response_templates',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    categoryId: uuid('category_id'),
    status: text('status').notNull(),
    locale: text('locale').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    unique('response_templates_unique')
      .on(t.organizationId, t.categoryId, t.status, t.locale)
      .nullsNotDistinct(),
  ],
);

/** A key an Open311 client sends as api_key to file reports; only its hash is stored. */
export const open311ApiKeys = pgTable(
  'open311_api_keys',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** A point in no area (but in the service region): 'notice' files it and says so, 'refuse' answers 400. */
    outsideAreas: text('outside_areas').notNull().default('notice'),
    /** What the key's reads get (its agreement): 'public', 'area', 'exact_position' or 'full'. */
    disclosure: text('disclosure').notNull().default('public'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);
