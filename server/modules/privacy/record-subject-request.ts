import type { SubjectCounts } from '../../../common/contracts/privacy';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../../platform/audit';
import { type Subject, subjectKind } from './subject';

export type SubjectRequestStep = 'subject_search' | 'subject_export' | 'subject_erase';

/**
 * Logs one step of a data subject request in the audit log, in the step's transaction: the
 * request's reference, what was searched by (e-mail or phone — never the address or number, the
 * log being append-only) and the counts found or erased.
 */
export async function recordSubjectRequest(
  tx: Tx,
  actor: Actor,
  step: SubjectRequestStep,
  entry: { subject: Subject; reference: string; counts: SubjectCounts; format?: 'json' | 'pdf' },
) {
  await recordAudit(tx, actor, {
    action: step,
    entityType: 'data_subject_request',
    after: {
      reference: entry.reference,
      searchedBy: subjectKind(entry.subject),
      ...(entry.format ? { format: entry.format } : {}),
      counts: entry.counts,
    },
  });
}
