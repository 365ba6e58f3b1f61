import type { RetentionMonths } from '../../../common/contracts/privacy-notice';
import type { RetentionKindName } from '../../../common/retention/schedule';
import type { Db } from '../../db/client';
import { effectivePeriods } from '../retention/periods';

/** Which kind of the retention schedule each period the notice names is. */
const scheduleKind: Record<keyof RetentionMonths, RetentionKindName> = {
  contactDetails: 'contact_details',
  reportText: 'report_texts',
  photos: 'report_texts',
  surveyCodes: 'survey_codes',
  outbox: 'mail_outbox',
  cases: 'cases',
  auditLog: 'audit_log',
};

/**
 * The retention period of each kind of data the privacy notice and the e-mails name, in months,
 * for one organization (null: the defaults): the same periods the retention job carries out.
 * A period set in days is said in whole months, rounded up, so the notice never promises less
 * than is kept.
 */
export async function retentionMonths(db: Db, organizationId: string | null): Promise<RetentionMonths> {
  const periods = new Map((await effectivePeriods(db, organizationId)).map((p) => [p.kind, p]));
  const months = (kind: RetentionKindName) => {
    const period = periods.get(kind);
    if (!period) throw new Error(`retention kind ${kind} is not in the schedule`);
    return period.unit === 'months' ? period.period : Math.ceil(period.period / 30);
  };
  return Object.fromEntries(
    Object.entries(scheduleKind).map(([name, kind]) => [name, months(kind)]),
  ) as RetentionMonths;
}
