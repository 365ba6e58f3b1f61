import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OwnQuestionResults } from '../../../common/contracts/survey-own-questions';
import type { FreeTextList } from '../../../common/contracts/survey-texts';
import { createArea, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { askOwnQuestions, ownChoice, ownMultiple, ownText } from '../public-surveys/test-own-questions';
import { surveySetup } from '../public-surveys/test-surveys';
import { flushTestSheets } from '../surveys/testing';

type Own = { choices?: Record<string, string[]>; texts?: Record<string, string> };

/** A wave asking the own questions, and a coordinator keying in paper forms for its area. */
async function ownResultsSetup() {
  const app = await testApp();
  const setup = await surveySetup(app);
  await askOwnQuestions(app, setup.organizationId, setup.wave.id);
  const coordinator = await loginAs(app, 'safety_coordinator', { organizationId: setup.organizationId });
  const key = async (sheets: Own[]) => {
    for (const sheet of sheets) {
      const response = await coordinator.post(`/api/survey-waves/${setup.wave.id}/paper-responses`, {
        submissionId: crypto.randomUUID(),
        areaId: setup.areaId,
        answers: { safety_evening_area: 2 },
        ...sheet,
      });
      if (response.statusCode !== 201) throw new Error(response.body);
    }
    await flushTestSheets(app);
  };
  const results = async (client = coordinator) => {
    const url = `/api/survey-analysis/areas/${setup.areaId}/own-questions?waveId=${setup.wave.id}`;
    const response = await client.get(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as OwnQuestionResults;
  };
  return { app, setup, coordinator, key, results };
}

const choose = (transport: string, avoided: string[] = []): Own => ({
  choices: { [ownChoice.key]: [transport], ...(avoided.length ? { [ownMultiple.key]: avoided } : {}) },
});

beforeAll(async () => {
  await testApp();
});

describe("results of an organization's own questions", () => {
  it('hides a question answered by 4 and shows its distribution at 5; multiple-choice shares may pass 100 %', async () => {
    const { coordinator, key, results } = await ownResultsSetup();
    await key([
      choose('bus', ['park', 'tunnel']),
      choose('bus', ['park']),
      choose('walk', ['park', 'square']),
      choose('bus', ['tunnel']),
      { texts: { [ownText.key]: 'Bara text' } },
    ]);
    const four = await results();
    expect(four.questions.map((q) => [q.key, q.n, q.visibility])).toEqual([
      [ownChoice.key, null, 'suppressed'],
      [ownMultiple.key, null, 'suppressed'],
    ]);
    expect(four.questions[0]?.options.every((o) => o.share === null && o.low === null)).toBe(true);

    await key([choose('car', ['square'])]);
    const five = await results();
    const [single, multiple] = five.questions;
    expect(single).toMatchObject({ label: 'Transport', multiple: false, n: 5, visibility: 'uncertain' });
    expect(single?.options.map((o) => [o.key, o.label, o.share])).toEqual([
      ['walk', 'Walk', 0.2],
      ['bus', 'Bus', 0.6],
      // No English label: the Swedish one.
      ['car', 'Bil', 0.2],
    ]);
    expect(single?.options[1]?.low).toBeLessThan(0.6);
    expect(multiple).toMatchObject({ multiple: true, n: 5 });
    expect(multiple?.options.map((o) => [o.key, o.share])).toEqual([
      ['tunnel', 0.4],
      ['park', 0.6],
      ['square', 0.4],
    ]);
    expect(multiple?.options.reduce((sum, o) => sum + (o.share ?? 0), 0)).toBeGreaterThan(1);

    const xlsx = await coordinator.get('/api/survey-analysis/export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Own questions');
    const values = (sheet?.getSheetValues() ?? []).map((row) =>
      (row as ExcelJS.CellValue[] | undefined)?.slice(1),
    );
    expect(values).toContainEqual([
      expect.any(String),
      'Transport',
      'Bus',
      0.6,
      expect.any(Number),
      expect.any(Number),
      5,
      'uncertain (fewer than 30 answers)',
    ]);
  });

  it('counts one month of a continuous survey by its period id', async () => {
    const { app, setup, coordinator, key } = await ownResultsSetup();
    await key(Array.from({ length: 7 }, (_, i) => choose(i < 5 ? 'bus' : 'walk')));
    await app.db.execute(sql`update survey_waves set kind = 'continuous', starts_on = '2026-01-01'
      where organization_id = ${setup.organizationId} and id = ${setup.wave.id}`);
    await app.db.execute(sql`update survey_responses set answered_month = case
        when id in (select r.id from survey_responses r join survey_choice_answers c
          on c.organization_id = r.organization_id and c.response_id = r.id
          where r.organization_id = ${setup.organizationId} and c.option_key = 'walk') then date '2026-02-01'
        else date '2026-03-01' end
      where organization_id = ${setup.organizationId}`);
    const of = async (period: string) => {
      const url = `/api/survey-analysis/areas/${setup.areaId}/own-questions?waveId=${setup.wave.id}${period}`;
      const response = await coordinator.get(url);
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as OwnQuestionResults).questions[0];
    };
    expect(await of('')).toMatchObject({ n: 7 });
    const march = await of(':2026-03');
    expect(march).toMatchObject({ n: 5 });
    expect(march?.options.map((o) => o.share)).toEqual([0, 1, 0]);
    expect(await of(':2026-02')).toMatchObject({ n: null, visibility: 'suppressed' });
  });

  it('answers 404 for an area outside the actor’s areas or a wave that does not cover the area', async () => {
    const { app, setup, results } = await ownResultsSetup();
    const elsewhere = await createArea(app, setup.organizationId);
    const own = await loginAs(app, 'area_manager', {
      organizationId: setup.organizationId,
      areaIds: [elsewhere.id],
    });
    const url = (areaId: string) =>
      `/api/survey-analysis/areas/${areaId}/own-questions?waveId=${setup.wave.id}`;
    expect((await own.get(url(setup.areaId))).statusCode).toBe(404);
    const admin = await loginAs(app, 'admin', { organizationId: setup.organizationId });
    expect((await admin.get(url(elsewhere.id))).statusCode).toBe(404);
    expect((await results()).questions).toHaveLength(2);
  });

  it('lists own text answers with the question’s label among the free texts, to readers of free text only, from cells of 5', async () => {
    const { app, setup, coordinator, key } = await ownResultsSetup();
    const texts = ['Mer ljus vid tunneln', 'Fler vuxna ute', 'Laga porten'];
    await key(texts.map((text) => ({ texts: { [ownText.key]: text } })));
    await key([{ choices: { [ownChoice.key]: ['bus'] } }]);
    const url = `/api/survey-analysis/free-text?waveId=${setup.wave.id}`;
    const small: FreeTextList = (await coordinator.get(url)).json();
    expect(small).toMatchObject({ items: [], total: 0, suppressedCells: 1 });

    await key([{ texts: { [ownText.key]: 'Mörkt i trapphuset' } }]);
    const list: FreeTextList = (await coordinator.get(url)).json();
    expect(list.suppressedCells).toBe(0);
    expect(list.items.map((item) => [item.text, item.question?.label]).sort()).toEqual(
      [...texts, 'Mörkt i trapphuset'].sort().map((text) => [text, 'Wishes']),
    );
    const dark = list.items.find((item) => item.text === 'Mörkt i trapphuset');
    expect(dark?.themes.map((theme) => theme.key)).toContain('lighting');
    const search: FreeTextList = (await coordinator.get(`${url}&q=porten`)).json();
    expect(search.items.map((item) => [item.text, item.question?.key])).toEqual([
      ['Laga porten', ownText.key],
    ]);

    const viewer = await loginAs(app, 'viewer', { organizationId: setup.organizationId });
    expect((await viewer.get(url)).statusCode).toBe(403);
  });
});
