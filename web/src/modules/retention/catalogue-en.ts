import type { Catalogue } from '../../i18n/catalogue';

/** English texts of the retention section, key for key with catalogue-sv.ts. */
export const retentionEn: Catalogue['retention'] = {
  title: 'Retention',
  intro:
    'How long data is kept before it is deleted or anonymised. Each kind has a default and bounds the organization chooses within. Retention runs every night.',
  kinds: {
    contact_details: "Reporters' contact details, after the report is closed",
    report_texts: 'Report descriptions and photos, after the report is closed (the report still counts)',
    timeline_texts: "Texts in reports' timelines and comments on finished work orders",
    cases: 'Reports in restricted categories (disturbance, subletting): everything personal',
    survey_codes: 'Survey codes and invitations, after the wave is closed (the counts stay)',
    invitations: 'Invitations of users, after they were answered or expired',
    audit_log: 'The log of changes',
    mail_outbox: 'The mail outbox',
    password_resets: 'Password reset links, after they expired',
  },
  units: { months: 'months', days: 'days' },
  bounds: '{{min}}–{{max}} {{unit}}, default {{default}}',
  installationWide: 'The same for the whole installation: {{period}} {{unit}}',
  decision: 'Retention decision',
  decisionHint: 'For example "Board decision 2026-03-12 § 7". Recorded with each run.',
  runs: 'Latest runs',
  noRuns: 'No runs yet.',
  startedAt: 'Started',
  kind: 'Data',
  rule: 'Rule',
  rows: 'Rows',
  status: 'Status',
  statuses: { done: 'Done', failed: 'Stopped by an error', running: 'Running or stopped' },
  periodOf: '{{period}} {{unit}}',
};
