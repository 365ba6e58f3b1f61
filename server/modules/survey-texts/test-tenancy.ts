import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Client } from '../../testing/factories';
import { addTestResponses, createTestWave } from '../surveys/testing';
import { sheetsWith } from './test-texts';

/** For the route-walking tenancy test: a free-text answer the owner may read and correct. */
export async function surveyTextTenancyIds(app: FastifyInstance, owner: { admin: Client; areaId: string }) {
  const wave = await createTestWave(app, {
    organizationId: owner.admin.organizationId,
    areaIds: [owner.areaId],
  });
  await addTestResponses(app.db, wave, sheetsWith(owner.areaId, Array(5).fill('Mörkt i trapphuset')));
  const list = await owner.admin.get(`/api/survey-analysis/free-text?waveId=${wave.id}`);
  return { surveyTextResponseId: list.json().items[0].responseId as string };
}

/** The correction routes with a body and theme that are valid for the owner's answer. */
export const surveyTextTenancyRequests: Record<string, () => Partial<InjectOptions> & { secondId?: string }> =
  {
    'PUT /api/survey-analysis/free-text/:id/themes/:themeKey': () => ({
      payload: { action: 'add' },
      secondId: 'lighting',
    }),
    'DELETE /api/survey-analysis/free-text/:id/themes/:themeKey': () => ({ secondId: 'lighting' }),
  };
