import type { RetentionKindName } from '../../../common/retention/schedule';
import type { BatchStep } from './batch';
import {
  auditLogStep,
  breakGlassStep,
  invitationsStep,
  mailOutboxStep,
  passwordResetsStep,
} from './kinds/plain-deletes';
import { reportContactStep } from './kinds/report-contact';
import { reportTextsStep } from './kinds/report-texts';
import { surveyCodesStep } from './kinds/survey-codes';
import { reportTimelineStep, workOrderCommentsStep } from './kinds/timeline-texts';

/**
 * What each kind of the schedule deletes or anonymises, as batch steps run in order. Reports of
 * restricted categories are left out of the report kinds and handled, all parts, by 'cases'.
 */
export const retentionSteps: Record<RetentionKindName, BatchStep[]> = {
  contact_details: [reportContactStep(false)],
  report_texts: [reportTextsStep(false)],
  timeline_texts: [reportTimelineStep(false), workOrderCommentsStep],
  cases: [reportContactStep(true), reportTextsStep(true), reportTimelineStep(true)],
  survey_codes: [surveyCodesStep],
  invitations: [invitationsStep],
  audit_log: [auditLogStep, breakGlassStep],
  mail_outbox: [mailOutboxStep],
  password_resets: [passwordResetsStep],
};
