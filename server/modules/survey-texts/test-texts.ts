import type { FastifyInstance } from 'fastify';
import { surveyMapPoints } from '../../db/schema';
import { newId } from '../../platform/ids';
import { createArea, createOrganization, loginAs } from '../../testing/factories';
import { addTestResponses, createTestWave } from '../surveys/testing';

/** Answer sheets in one area: each with the given free text (or none) and one scale answer. */
export const sheetsWith = (areaId: string, texts: (string | undefined)[]) =>
  texts.map((freeText) => ({ areaId, answers: { safety_evening_area: 2 }, freeText }));

/**
 * An organization with a wave over two areas: "Norra" with 6 responses (5 with text) and
 * "Södra" with 3 (a cell too small to show), and an admin.
 */
export async function textsFixture(app: FastifyInstance) {
  const org = await createOrganization(app);
  const north = await createArea(app, org.id, { name: 'Norra' });
  const south = await createArea(app, org.id, { name: 'Södra' });
  const wave = await createTestWave(app, {
    organizationId: org.id,
    areaIds: [north.id, south.id],
    name: 'Hösten 2026',
  });
  await addTestResponses(
    app.db,
    wave,
    sheetsWith(north.id, [
      'Det är mörkt i trapphuset',
      'Lampan i TRAPPHUSET är trasig',
      'Ungdomsgäng samlas vid tvättstugan',
      'Jag känner mig trygg',
      '   ',
      undefined,
    ]),
  );
  await addTestResponses(
    app.db,
    wave,
    sheetsWith(south.id, ['Mörkt vid garaget', 'Knivhot i källaren', undefined]),
  );
  const admin = await loginAs(app, 'admin', { organizationId: org.id });
  return { org, north, south, wave, admin };
}

/** Marked places of a wave in an area (not linked to responses, as the intake stores them). */
export async function addMapPoints(
  app: FastifyInstance,
  wave: { organizationId: string; id: string },
  areaId: string,
  n: number,
) {
  const rows = Array.from({ length: n }, (_, i) => ({
    organizationId: wave.organizationId,
    id: newId(),
    waveId: wave.id,
    areaId,
    lon: 17.9 + i / 1000,
    lat: 59.2,
  }));
  await app.db.insert(surveyMapPoints).values(rows);
}
