import { z } from 'zod';
import { reportStatuses } from '../reporting';

/**
 * Data subject requests (GDPR art. 15 access, art. 17 erasure): staff find one person's data in
 * their organization by e-mail or phone. Sent as a POST body, never in a URL, so the address
 * does not land in access logs or browser history.
 */

export const maxReferenceLength = 100;

const subjectFields = {
  email: z.email().max(254).optional(),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^\+?[\d\s()-]{6,}$/)
    .optional(),
  /** The request's own reference (e.g. its registry number): required, logged with each step. */
  reference: z.string().trim().min(1).max(maxReferenceLength),
};

const oneOf = (body: { email?: string; phone?: string }) =>
  (body.email === undefined) !== (body.phone === undefined);
const oneOfIssue = { path: ['email'], message: 'give either email or phone' };

export const subjectQuery = z.strictObject(subjectFields).refine(oneOf, oneOfIssue);
export type SubjectQuery = z.infer<typeof subjectQuery>;

export const subjectExportQuery = z
  .strictObject({ ...subjectFields, format: z.enum(['json', 'pdf']) })
  .refine(oneOf, oneOfIssue);
export type SubjectExportQuery = z.infer<typeof subjectExportQuery>;

/** What was found, counted: the same counts are logged with the request's reference. */
export const subjectCounts = z.object({
  reports: z.number().int(),
  timelineTexts: z.number().int(),
  photos: z.number().int(),
  mails: z.number().int(),
  surveyInvitations: z.number().int(),
});
export type SubjectCounts = z.infer<typeof subjectCounts>;

export const subjectReportItem = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  status: z.enum(reportStatuses),
  categoryName: z.string(),
  createdAt: z.string(),
  locale: z.string(),
});

export const subjectSummary = z.object({
  counts: subjectCounts,
  reports: z.array(subjectReportItem),
  /** The address or number also belongs to a staff account of this organization (not erased here). */
  isStaffUser: z.boolean(),
});
export type SubjectSummary = z.infer<typeof subjectSummary>;

export const erasureResult = z.object({ erased: subjectCounts });
export type ErasureResult = z.infer<typeof erasureResult>;
