import type { FastifyInstance, InjectOptions } from 'fastify';
import sharp from 'sharp';
import { photos } from '../../db/schema';
import { newId } from '../../platform/ids';
import type { Client } from '../../testing/factories';
import { createReport } from './testing';

/**
 * The staff-report objects of an organization for the route-walking tenancy test: a report to
 * read, one fresh report per triage step (each step changes the status the next would need), a
 * photo, an external body and a response template.
 */
export async function reportTenancyIds(app: FastifyInstance, owner: { admin: Client; areaId: string }) {
  const organizationId = owner.admin.organizationId;
  const report = () => createReport(app, { organizationId, areaId: owner.areaId });
  const reportId = (await report()).id;
  const restrictedReportId = (
    await createReport(app, { organizationId, areaId: owner.areaId, restricted: true })
  ).id;
  const triage = {
    accept: (await report()).id,
    merge: (await report()).id,
    reject: (await report()).id,
    forward: (await report()).id,
    reply: (await report()).id,
  };
  const photoId = newId();
  const bytes = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#777' } })
    .jpeg()
    .toBuffer();
  await app.storage.put(`${organizationId}/${photoId}.jpg`, bytes, 'image/jpeg');
  await app.db.insert(photos).values({
    organizationId,
    id: photoId,
    ownerType: 'report',
    ownerId: reportId,
    storageKey: `${organizationId}/${photoId}.jpg`,
    contentType: 'image/jpeg',
    width: 2,
    height: 2,
    bytes: bytes.length,
  });
  const body = await owner.admin.post('/api/external-bodies', {
    name: 'Kommunen',
    email: 'kommun@example.org',
  });
  const template = await owner.admin.request({
    method: 'PUT',
    url: '/api/response-templates',
    payload: { categoryId: null, status: 'done', locale: 'sv', text: 'Klart: {code}' },
  });
  return {
    reportId,
    restrictedReportId,
    triageReportIds: triage,
    photoId,
    externalBodyId: body.json().id as string,
    responseTemplateId: template.json().id as string,
  };
}

type Ids = Awaited<ReturnType<typeof reportTenancyIds>>;

/** Valid bodies for the triage routes, so the answer is about the report's id, not the body. */
export const reportTenancyRequests: Record<string, (ids: Ids) => Partial<InjectOptions>> = {
  'POST /api/reports/:id/accept': (ids) => ({ url: `/api/reports/${ids.triageReportIds.accept}/accept` }),
  'POST /api/reports/:id/merge': (ids) => ({
    url: `/api/reports/${ids.triageReportIds.merge}/merge`,
    payload: { intoId: ids.reportId },
  }),
  'POST /api/reports/:id/reject': (ids) => ({
    url: `/api/reports/${ids.triageReportIds.reject}/reject`,
    payload: { reason: 'Not ours' },
  }),
  'POST /api/reports/:id/forward': (ids) => ({
    url: `/api/reports/${ids.triageReportIds.forward}/forward`,
    payload: { externalBodyId: ids.externalBodyId },
  }),
  'POST /api/reports/:id/break-glass': (ids) => ({
    url: `/api/reports/${ids.restrictedReportId}/break-glass`,
    payload: { reason: 'Tenancy walk: opened by the owner' },
  }),
  'POST /api/reports/:id/reply': (ids) => ({
    url: `/api/reports/${ids.triageReportIds.reply}/reply`,
    payload: { text: 'Hej' },
  }),
};
