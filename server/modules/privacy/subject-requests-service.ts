import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {
  SubjectCounts,
  SubjectExportQuery,
  SubjectQuery,
  SubjectSummary,
} from '../../../common/contracts/privacy';
import type { Locale } from '../../../common/roles';
import { organizations } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { requireActor } from '../../platform/auth/plugin';
import { requestLocale } from '../../platform/locale';
import { authorize } from '../../platform/policy';
import { logSubjectRequestRead } from '../reports/restricted/content-access';
import { eraseSubject } from './erase-subject';
import { findSubjectData } from './find-subject-data';
import { privacyPermissions } from './policy';
import { recordSubjectRequest } from './record-subject-request';
import type { Subject } from './subject';
import { subjectExport } from './subject-export';
import { subjectPdf } from './subject-pdf';
import { countSubjectData, subjectSummary } from './subject-summary';

type PrivacyContext = { app: FastifyInstance; actor: Actor; locale: Locale };

/** The request's context: 401 unless logged in, 403 unless the actor may handle subject requests. */
export function privacyContext(app: FastifyInstance, request: FastifyRequest): PrivacyContext {
  const actor = requireActor(request);
  authorize(privacyPermissions, actor, 'privacy.subject_requests');
  return { app, actor, locale: requestLocale(request) };
}

const subjectOf = (query: { email?: string; phone?: string }): Subject =>
  query.email !== undefined ? { email: query.email } : { phone: query.phone as string };

/** Finds what the organization holds about the person, logged with the request's reference. */
export async function searchSubject(ctx: PrivacyContext, query: SubjectQuery): Promise<SubjectSummary> {
  const subject = subjectOf(query);
  return ctx.app.db.transaction(async (tx) => {
    const data = await findSubjectData(tx, ctx.actor.organizationId, subject);
    const counts = countSubjectData(data);
    await recordSubjectRequest(tx, ctx.actor, 'subject_search', {
      subject,
      reference: query.reference,
      counts,
    });
    return subjectSummary(data, ctx.locale);
  });
}

/** The export file (JSON or PDF), logged with the request's reference in the read's transaction. */
export async function exportSubject(ctx: PrivacyContext, query: SubjectExportQuery) {
  const subject = subjectOf(query);
  const exported = await ctx.app.db.transaction(async (tx) => {
    const data = await findSubjectData(tx, ctx.actor.organizationId, subject);
    const [organization] = await tx
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, ctx.actor.organizationId));
    const counts = countSubjectData(data);
    await recordSubjectRequest(tx, ctx.actor, 'subject_export', { ...query, subject, counts });
    // Restricted reports' content is read like any restricted read (no break-glass: the request is
    // a legal duty, logged with its reference), so the log review shows it per report.
    for (const { report } of data.reports.filter((item) => item.report.restricted))
      await logSubjectRequestRead(tx, ctx.actor, report.id);
    return subjectExport(data, { reference: query.reference, organizationName: organization?.name ?? '' });
  });
  // The reference may hold anything staff typed: keep the file name to safe characters.
  const base = `registerutdrag-${query.reference.replace(/[^\w.-]+/g, '_').slice(0, 60)}`;
  if (query.format === 'json') {
    return {
      body: Buffer.from(JSON.stringify(exported, null, 2)),
      filename: `${base}.json`,
      contentType: 'application/json',
    };
  }
  return { body: await subjectPdf(exported), filename: `${base}.pdf`, contentType: 'application/pdf' };
}

/** Erases the person's data in the actor's organization; returns what was erased. */
export async function eraseSubjectRequest(ctx: PrivacyContext, query: SubjectQuery): Promise<SubjectCounts> {
  return eraseSubject(ctx.app.db, ctx.app.storage, ctx.actor, {
    subject: subjectOf(query),
    reference: query.reference,
  });
}
