import { beforeAll, describe, expect, it } from 'vitest';
import { surveyCodes } from '../../db/schema';
import { newId } from '../../platform/ids';
import { testApp } from '../../testing/test-app';
import { areaReportDocument } from './pdf-document';
import { areaReportData } from './report-data';
import { exportFixture } from './test-exports';

/** Every text of a document definition, flattened (pdfmake compresses what it renders). */
function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node && typeof node === 'object') return Object.values(node).flatMap(textsOf);
  return [];
}

describe('area report document', () => {
  beforeAll(() => testApp());

  it('prints the response rate, the index with its change and target, and the method', async () => {
    const app = await testApp();
    const { admin, organizationId, areaId, wave } = await exportFixture(app);
    const codes = Array.from({ length: 40 }, (_, i) => ({
      organizationId,
      id: newId(),
      waveId: wave.id,
      areaId,
      codeHash: crypto.randomUUID(),
      usedOn: i < 20 ? '2026-10-05' : null,
    }));
    await app.db.insert(surveyCodes).values(codes);
    const target = { areaId, year: 2026, measureKey: 'trygghetsindex', share: 0.85 };
    expect(
      (await admin.request({ method: 'PUT', url: '/api/survey-targets', payload: target })).statusCode,
    ).toBe(200);

    const actor = {
      userId: admin.userId,
      email: 'a@example.org',
      displayName: 'A',
      locale: 'sv',
      organizationId,
      grants: [{ role: 'admin' as const, areas: 'all' as const }],
    };
    const data = await areaReportData({ db: app.db, actor, locale: 'sv' }, areaId);
    const texts = textsOf(areaReportDocument(data, 'sv').content).join('\n');
    expect(texts).toContain('Trygghetsundersökning: Östra Fältet');
    expect(texts).toContain('Svarsfrekvens: 50,0 % (20 av 40 utdelade koder använda). Svar totalt: 20.');
    expect(texts).toContain('Trygghetsindex: 80,0 % (95 % KI');
    expect(texts).toContain('+30,0 procentenheter');
    expect(texts).toContain('säker ökning');
    expect(texts).toContain('Målet för 2026 är 85,0 %.');
    expect(texts).toContain('Wilson');
    expect(texts).toContain('Newcombes hybridmetod');
    expect(data.themes?.find((theme) => theme.key === 'lighting')?.count).toBe(12);
  });
});
