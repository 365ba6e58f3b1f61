/**
 * The retention schedule (gallringsplan): for each kind of data, how long it is kept after the
 * moment that starts its clock, the default and the bounds an organization may choose within.
 * docs/retention.md gives the reason for each default. The server's retention job
 * (server/modules/retention/) carries it out; the admin's settings page edits it.
 */
export type RetentionUnit = 'days' | 'months';

export type RetentionKind = {
  unit: RetentionUnit;
  default: number;
  min: number;
  max: number;
  /** 'organization': each company may choose within the bounds; 'installation': one period for all (global tables). */
  scope: 'organization' | 'installation';
};

export const retentionKinds = {
  /** A report's reporter name, e-mail and phone, after the report is closed. */
  contact_details: { unit: 'months', default: 3, min: 1, max: 24, scope: 'organization' },
  /** A report's description, place in words, replies and photos (files too), after it is closed; the report row and its counts stay. */
  report_texts: { unit: 'months', default: 24, min: 6, max: 120, scope: 'organization' },
  /** Timeline texts of closed reports (report_updates) and comments of finished work orders. */
  timeline_texts: { unit: 'months', default: 24, min: 6, max: 120, scope: 'organization' },
  /** Everything personal in a report of a restricted category (disturbance, subletting): contact, texts, photos, timeline. */
  cases: { unit: 'months', default: 36, min: 12, max: 120, scope: 'organization' },
  /** Survey letter codes and e-mail invitations, after the wave ends (closed) or the invitation expires; counts stay on the wave. */
  survey_codes: { unit: 'months', default: 1, min: 0, max: 12, scope: 'organization' },
  /** Staff invitations, after they expired or were answered or withdrawn. */
  invitations: { unit: 'days', default: 90, min: 7, max: 365, scope: 'organization' },
  /** The audit log's rows, after they were written. */
  audit_log: { unit: 'months', default: 60, min: 24, max: 120, scope: 'organization' },
  /** Mail kept in the outbox, after it was written. */
  mail_outbox: { unit: 'days', default: 90, min: 7, max: 730, scope: 'installation' },
  /** Password-reset links, after they expired. */
  password_resets: { unit: 'days', default: 7, min: 1, max: 90, scope: 'installation' },
} as const satisfies Record<string, RetentionKind>;

export type RetentionKindName = keyof typeof retentionKinds;

export const retentionKindNames = Object.keys(retentionKinds) as RetentionKindName[];

/** The kinds an organization may set for itself. */
export const organizationKindNames = retentionKindNames.filter(
  (kind) => retentionKinds[kind].scope === 'organization',
);
