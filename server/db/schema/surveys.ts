import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { areas, entrances } from './places';

/**
 * A survey wave (mätomgång): a period, the areas it covers and the questions it asks (their
 * keys, copied when the wave is created, so later changes to the question bank do not change
 * what an old wave asked). kind 'continuous' has no end and takes answers as they come.
 */
export const surveyWaves = pgTable(
  'survey_waves',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull().default('wave'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    questionKeys: jsonb('question_keys').$type<string[]>().notNull(),
    /** The areas the wave covers (response rates are per area and building within them). */
    areaIds: jsonb('area_ids').$type<string[]>().notNull(),
    status: text('status').notNull().default('draft'),
    /**
     * Set (to the latest such moment) when the wave is reopened after being closed, or answers are
     * keyed or imported into it while closed: its published figures changed. The reasons are in
     * the audit log.
     */
    changedAfterCloseAt: timestamp('changed_after_close_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

/**
 * The open link of one stairwell in one wave: its own random token, printed on the notice in the
 * stairwell (/s/open/<token>). Unrelated to the entrance's public token (which the anonymous place
 * search hands out), so only someone who has seen the notice can answer. Stored as is: staff print
 * the same notice again without taking down the ones already up (docs/surveys-anonymity.md).
 */
export const surveyOpenLinks = pgTable(
  'survey_open_links',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    waveId: uuid('wave_id').notNull(),
    entranceId: uuid('entrance_id').notNull(),
    token: text('token').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.waveId, t.entranceId] }),
    foreignKey({
      columns: [t.organizationId, t.waveId],
      foreignColumns: [surveyWaves.organizationId, surveyWaves.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.entranceId],
      foreignColumns: [entrances.organizationId, entrances.id],
    }),
  ],
);

/**
 * A one-time code for one household (printed on a letter with a QR code). The system knows
 * which codes were used — for reminders and response rates — but a response row never says
 * which code it came from: used_on is a date only, and responses carry no code or household.
 */
export const surveyCodes = pgTable(
  'survey_codes',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    waveId: uuid('wave_id').notNull(),
    apartmentId: uuid('apartment_id'),
    areaId: uuid('area_id').notNull(),
    buildingId: uuid('building_id'),
    entranceId: uuid('entrance_id'),
    /** sha256 of the code; the code itself is only on the letter. */
    codeHash: text('code_hash').notNull().unique(),
    usedOn: date('used_on', { mode: 'string' }),
    /**
     * A keyed hash (HMAC) of the submission id that used the code, so the same submission sent
     * again is told "received" and another one 409. Nothing on a response equals or derives from
     * it (the response keeps a plain sha256 of the same id; neither reveals the id).
     */
    claimHash: text('claim_hash'),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    /** Continuous surveys: where the invitation went (cleared when the code is used or expires)
     * and why it was sent ('work_order_done', 'moved_in', …). */
    inviteEmail: text('invite_email'),
    inviteReason: text('invite_reason'),
    expiresOn: date('expires_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.waveId],
      foreignColumns: [surveyWaves.organizationId, surveyWaves.id],
    }),
    index('survey_codes_wave_idx').on(t.organizationId, t.waveId, t.areaId, t.buildingId),
  ],
);

/**
 * One anonymous answer sheet. Its id is random (not a UUIDv7, whose timestamp could be matched
 * with a code's use), it has no creation time, only the month answered, and nothing that names
 * a code or a household. Background answers are kept coarse (groups, not ages).
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    waveId: uuid('wave_id').notNull(),
    areaId: uuid('area_id').notNull(),
    buildingId: uuid('building_id'),
    entranceId: uuid('entrance_id'),
    /** The first day of the month answered. */
    answeredMonth: date('answered_month', { mode: 'string' }).notNull(),
    /** code · open_link (weaker: anyone at the stairwell) · paper · import · api. */
    channel: text('channel').notNull(),
    ageGroup: text('age_group'),
    gender: text('gender'),
    yearsInArea: text('years_in_area'),
    freeText: text('free_text'),
    /** sha256 of the client's submission id, so a retry is recognised without storing its time. */
    submissionHash: text('submission_hash').unique(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.waveId],
      foreignColumns: [surveyWaves.organizationId, surveyWaves.id],
    }),
    foreignKey({ columns: [t.organizationId, t.areaId], foreignColumns: [areas.organizationId, areas.id] }),
    index('survey_responses_wave_area_idx').on(t.organizationId, t.waveId, t.areaId, t.buildingId),
  ],
);

/**
 * The mixing buffer (docs/surveys-anonymity.md): an answer sheet accepted from a tenant or keyed
 * in, not yet stored. It names no code, invitation or household, and is deleted when
 * flushSurveyBuffer (server/modules/surveys/sheet-buffer-flush.ts) stores it among at least k
 * others in shuffled order, each in its own transaction, so a response's transaction id, place
 * on disk and commit order say nothing of when its code was used. Durable: once "received" was
 * answered, the sheet is here.
 */
export const surveySheetBuffer = pgTable(
  'survey_sheet_buffer',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** sha256 of the client's submission id (the response keeps the same, for retries). */
    submissionHash: text('submission_hash').notNull().unique(),
    /** The sheet as record-response.ts checked it, with wave, channel, place and month. */
    sheet: jsonb('sheet').$type<Record<string, unknown>>().notNull(),
    /** When traffic is low: stored after this even if fewer than k sheets wait (random delay). */
    flushAfter: timestamp('flush_after', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

/** One answer to one scale item: value 1 (mycket bra) … 4 (dålig), or "vet ej" (dontKnow). */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    responseId: uuid('response_id').notNull(),
    questionKey: text('question_key').notNull(),
    value: smallint('value'),
    dontKnow: boolean('dont_know').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.responseId, t.questionKey] }),
    // Either a value on the scale or "vet ej", never both or neither.
    check(
      'survey_answers_value_check',
      sql`(${t.value} between 1 and 4 and not ${t.dontKnow}) or (${t.value} is null and ${t.dontKnow})`,
    ),
    foreignKey({
      columns: [t.organizationId, t.responseId],
      foreignColumns: [surveyResponses.organizationId, surveyResponses.id],
    }),
  ],
);

/** A place a tenant marked as unsafe. Not linked to the response: only wave and area are kept. */
export const surveyMapPoints = pgTable(
  'survey_map_points',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    waveId: uuid('wave_id').notNull(),
    areaId: uuid('area_id').notNull(),
    lon: doublePrecision('lon').notNull(),
    lat: doublePrecision('lat').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.waveId],
      foreignColumns: [surveyWaves.organizationId, surveyWaves.id],
    }),
  ],
);

/** The share an area aims for on an index or item in a year (e.g. 78 % "mycket/ganska bra"). */
export const surveyTargets = pgTable(
  'survey_targets',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    areaId: uuid('area_id').notNull(),
    year: smallint('year').notNull(),
    /** An index key ('trygghetsindex') or a question key. */
    measureKey: text('measure_key').notNull(),
    /** 0–1. */
    share: doublePrecision('share').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.areaId], foreignColumns: [areas.organizationId, areas.id] }),
    unique('survey_targets_unique').on(t.organizationId, t.areaId, t.year, t.measureKey),
  ],
);

/**
 * Running totals of answers, kept in the same transaction as each response (and rebuilt from the
 * answer rows after a bulk import), so tables, trends and the benchmark never rescan answers.
 * One row per wave × month × scope × question × background group:
 * - scope 'organization' (scope_id = the organization, area_id null), 'area' (scope_id = area)
 *   and 'building' (scope_id = building; only group 'all').
 * - group_key 'all', or 'age:<group>', 'gender:<group>', 'years:<group>', 'channel:<channel>'
 *   (area scope only), so breakdowns come from here too.
 * answered = answers on the scale (1–4); positive = of those, 1 or 2; dont_know = "vet ej".
 *
 * An answer sheet does not touch these rows: it queues its response in survey_rollup_pending,
 * and compactRollups (server/modules/surveys/rollups.ts) adds the queue four times a second, so
 * concurrent answers never wait on each other's row locks. Readers add the queued responses'
 * counts to these (rollupSource), so figures are exact at every moment.
 */
export const surveyRollups = pgTable(
  'survey_rollups',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    waveId: uuid('wave_id').notNull(),
    answeredMonth: date('answered_month', { mode: 'string' }).notNull(),
    scope: text('scope').notNull(),
    scopeId: uuid('scope_id').notNull(),
    areaId: uuid('area_id'),
    questionKey: text('question_key').notNull(),
    groupKey: text('group_key').notNull(),
    answered: integer('answered').notNull().default(0),
    positive: integer('positive').notNull().default(0),
    dontKnow: integer('dont_know').notNull().default(0),
  },
  (t) => [
    primaryKey({
      columns: [t.organizationId, t.waveId, t.answeredMonth, t.scope, t.scopeId, t.questionKey, t.groupKey],
    }),
    foreignKey({
      columns: [t.organizationId, t.waveId],
      foreignColumns: [surveyWaves.organizationId, surveyWaves.id],
    }),
    // The benchmark reads one scope of every organization; the area × year table one scope of
    // one organization across its waves. Both carry the counts, so they are read from the index
    // alone (index-only scans) and never from rows spread over the table.
    index('survey_rollups_scope_idx').on(
      t.scope,
      t.groupKey,
      t.questionKey,
      t.answeredMonth,
      t.organizationId,
      t.answered,
      t.positive,
      t.dontKnow,
    ),
    index('survey_rollups_organization_scope_idx').on(
      t.organizationId,
      t.scope,
      t.groupKey,
      t.questionKey,
      t.waveId,
      t.answeredMonth,
      t.scopeId,
      t.answered,
      t.positive,
      t.dontKnow,
    ),
  ],
);

/**
 * Responses stored but not yet added to survey_rollups: the queue compactRollups empties every
 * second. Holds a response id for about a second, nothing the response row does not hold.
 */
export const surveyRollupPending = pgTable(
  'survey_rollup_pending',
  {
    organizationId: uuid('organization_id').notNull(),
    responseId: uuid('response_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.responseId] })],
);

/**
 * A staff correction of the keyword tagger for one free-text answer: add or remove a theme.
 * Corrections win over the keywords (common/surveys/themes/).
 */
export const surveyThemeCorrections = pgTable(
  'survey_theme_corrections',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    responseId: uuid('response_id').notNull(),
    themeKey: text('theme_key').notNull(),
    /** 'add' or 'remove'. */
    action: text('action').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.responseId, t.themeKey] }),
    foreignKey({
      columns: [t.organizationId, t.responseId],
      foreignColumns: [surveyResponses.organizationId, surveyResponses.id],
    }),
  ],
);

/**
 * Questions an organization adds to its question bank (besides the default questionnaire in
 * common/surveys/). definition follows common/contracts/survey-questions.ts.
 */
export const surveyQuestions = pgTable(
  'survey_questions',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    key: text('key').notNull(),
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.key] })],
);

/**
 * An organization's own composite index (besides the default ones in common/surveys/indexes.ts):
 * the mean over its scale items of the share answering the two positive boxes. The benchmark
 * across organizations uses only the default definitions, so companies compare like with like.
 */
export const surveyIndexes = pgTable(
  'survey_indexes',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    key: text('key').notNull(),
    label: jsonb('label').$type<{ sv: string; en: string }>().notNull(),
    itemKeys: jsonb('item_keys').$type<string[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.key] })],
);

/**
 * An answer to one of an organization's own choice questions: one row per option chosen (several
 * for a multiple-choice question). Linked to the response like scale answers, never to a code.
 */
export const surveyChoiceAnswers = pgTable(
  'survey_choice_answers',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    responseId: uuid('response_id').notNull(),
    questionKey: text('question_key').notNull(),
    optionKey: text('option_key').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.responseId, t.questionKey, t.optionKey] }),
    foreignKey({
      columns: [t.organizationId, t.responseId],
      foreignColumns: [surveyResponses.organizationId, surveyResponses.id],
    }),
  ],
);

/**
 * An answer to one of an organization's own text questions (the default free-text question keeps
 * its column on survey_responses). Read under the same rules as free text.
 */
export const surveyTextAnswers = pgTable(
  'survey_text_answers',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    responseId: uuid('response_id').notNull(),
    questionKey: text('question_key').notNull(),
    text: text('text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.responseId, t.questionKey] }),
    foreignKey({
      columns: [t.organizationId, t.responseId],
      foreignColumns: [surveyResponses.organizationId, surveyResponses.id],
    }),
  ],
);
