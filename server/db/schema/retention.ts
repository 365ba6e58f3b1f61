import {
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { surveyWaves } from './surveys';

/**
 * An organization's own retention period for one kind of data (common/retention/schedule.ts),
 * within the kind's bounds; a kind without a row keeps the default. `decision` names the
 * organization's gallringsbeslut (e.g. "Styrelsebeslut 2026-03-12 § 7"), recorded with each run.
 */
export const retentionSettings = pgTable(
  'retention_settings',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: text('kind').notNull(),
    period: integer('period').notNull(),
    decision: text('decision'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.kind] })],
);

/**
 * One run of one retention rule: which kind, for which organization (null: installation-wide
 * tables), the period and decision it carried out, how many rows it changed. A run killed
 * half-way keeps finished_at null; the next run does the rest and records its own count.
 */
export const retentionRuns = pgTable(
  'retention_runs',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    kind: text('kind').notNull(),
    /** The rule as carried out, e.g. "3 months after closed (organization setting)". */
    rule: text('rule').notNull(),
    period: integer('period').notNull(),
    unit: text('unit').notNull(),
    decision: text('decision'),
    rows: integer('rows').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [index('retention_runs_org_idx').on(t.organizationId, t.startedAt)],
);

/**
 * Survey codes counted before retention deleted them, per wave, area, building and day used, so
 * a wave's letters issued and codes used stay right (surveys/waves-counts.ts adds these to the
 * live codes). Written in the same transaction that deletes the codes.
 */
export const surveyCodeTallies = pgTable(
  'survey_code_tallies',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    waveId: uuid('wave_id').notNull(),
    areaId: uuid('area_id').notNull(),
    buildingId: uuid('building_id'),
    issued: integer('issued').notNull(),
    used: integer('used').notNull(),
    /** The day the batch was counted (one row per batch; readers sum). */
    countedOn: date('counted_on', { mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('survey_code_tallies_wave_idx').on(t.organizationId, t.waveId),
    foreignKey({
      columns: [t.organizationId, t.waveId],
      foreignColumns: [surveyWaves.organizationId, surveyWaves.id],
    }),
  ],
);
