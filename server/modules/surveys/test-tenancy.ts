import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Client } from '../../testing/factories';
import { toCsv, utf8 } from './import/test-csv';
import { importForm } from './test-import';
import { createTestWave } from './testing';

/**
 * For the route-walking tenancy test: a wave of the owner's organization, an answer file for it
 * and an own index.
 */
export async function surveyTenancyIds(app: FastifyInstance, owner: { admin: Client; areaId: string }) {
  const wave = await createTestWave(app, {
    organizationId: owner.admin.organizationId,
    areaIds: [owner.areaId],
  });
  const result = await app.db.execute(
    sql`select code from areas where organization_id = ${owner.admin.organizationId} and id = ${owner.areaId}`,
  );
  const [area] = (result as unknown as { rows: { code: string }[] }).rows;
  const csv = toCsv([
    ['Område', 'Svarsdatum', 'safety_stairwell'],
    [area?.code ?? '', '2026-10', 'Ganska bra'],
  ]);
  // Invitations go only to open continuous surveys: a second wave for that route.
  const continuous = await createTestWave(app, {
    organizationId: owner.admin.organizationId,
    areaIds: [owner.areaId],
    kind: 'continuous',
  });
  // An own index, for the routes that take its key.
  const index = await owner.admin.post('/api/survey-indexes', {
    key: 'tenancy_index',
    label: { sv: 'Tenancy' },
    itemKeys: ['safety_stairwell', 'clean_tidy'],
  });
  if (index.statusCode !== 201) throw new Error(`survey index not created: ${index.body}`);
  return {
    surveyWaveId: wave.id,
    surveyImportFile: utf8(csv),
    continuousWaveId: continuous.id,
    surveyIndexKey: index.json().key as string,
  };
}

type Ids = { areaId: string; apartmentId: string } & Awaited<ReturnType<typeof surveyTenancyIds>>;

/** The staff answer routes with a body that is valid for the owner's wave. */
export const surveyTenancyRequests: Record<string, (ids: Ids) => Partial<InjectOptions>> = {
  'POST /api/survey-waves/:id/paper-responses': (ids) => ({
    payload: { submissionId: crypto.randomUUID(), areaId: ids.areaId, answers: { safety_stairwell: 1 } },
  }),
  'POST /api/survey-waves/:id/import/preview': (ids) => importForm(ids.surveyImportFile),
  'POST /api/survey-waves/:id/import': (ids) => importForm(ids.surveyImportFile),
  'POST /api/survey-waves/:id/invitations': (ids) => ({
    url: `/api/survey-waves/${ids.continuousWaveId}/invitations`,
    payload: { apartmentId: ids.apartmentId, reason: 'other' },
  }),
};
