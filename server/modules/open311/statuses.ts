import { closedReportStatuses, type ReportStatus } from '../../../common/reporting';

/** GeoReport v2 knows two statuses. */
export const open311Status = (status: string): 'open' | 'closed' =>
  closedReportStatuses.includes(status as ReportStatus) ? 'closed' : 'open';

/**
 * FixMyStreet's extended statuses, in the spelling of mySociety's open311-adapter (FixMyStreet
 * lower-cases and compares, so OPEN and open are the same to it). accepted means "seen, will be
 * handled": action scheduled; forwarded means another body owns it: not our responsibility.
 */
const extended: Record<ReportStatus, string> = {
  new: 'open',
  accepted: 'action_scheduled',
  in_progress: 'in_progress',
  done: 'fixed',
  rejected: 'no_further_action',
  duplicate: 'duplicate',
  forwarded: 'not_councils_responsibility',
};

export const extendedStatus = (status: string): string =>
  extended[status as ReportStatus] ?? open311Status(status);
