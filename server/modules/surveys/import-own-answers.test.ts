import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { askOwnQuestions, ownChoice, ownMultiple, ownText } from '../public-surveys/test-own-questions';
import { rows, surveySetup } from '../public-surveys/test-surveys';
import { toCsv, utf8 } from './import/test-csv';
import { importForm } from './test-import';

beforeAll(async () => {
  await testApp();
});

const header = ['Område', 'Svarsdatum', 'Trygghet kvällstid', 'Färdsätt', 'Undviker', 'Önskemål'];
const mapping = {
  areaCode: 0,
  buildingExternalId: null,
  entranceLabel: null,
  answered: { column: 1 },
  questions: { safety_evening_area: 2, [ownChoice.key]: 3, [ownMultiple.key]: 4, [ownText.key]: 5 },
  scaleCodes: {},
};

async function importSetup() {
  const app = await testApp();
  const setup = await surveySetup(app);
  await askOwnQuestions(app, setup.organizationId, setup.wave.id);
  const [area] = await rows<{ code: string }>(app, sql`select code from areas where id = ${setup.areaId}`);
  const post = (lines: string[][], path = '') =>
    setup.admin.request({
      method: 'POST',
      url: `/api/survey-waves/${setup.wave.id}/import${path}`,
      ...importForm(utf8(toCsv([header, ...lines])), mapping),
    });
  return { app, setup, code: area?.code ?? '', post };
}

describe("importing answers to an organization's own questions", () => {
  it('stores choices by their labels (several per cell for a multiple choice) and texts in their own tables', async () => {
    const { app, setup, code, post } = await importSetup();
    const done = await post([
      [code, '2019-03', '1', 'Buss', 'Parken; gångtunneln', 'Mer ljus'],
      [code, '2019-03', '', 'walk', '', ''],
      [code, '2019-03', '2', '', 'The square', ''],
    ]);
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json()).toEqual({ imported: 3 });
    const choices = await rows(
      app,
      sql`select question_key, option_key from survey_choice_answers where organization_id = ${setup.organizationId}
          order by question_key, option_key`,
    );
    expect(choices).toEqual([
      { question_key: ownMultiple.key, option_key: 'park' },
      { question_key: ownMultiple.key, option_key: 'square' },
      { question_key: ownMultiple.key, option_key: 'tunnel' },
      { question_key: ownChoice.key, option_key: 'bus' },
      { question_key: ownChoice.key, option_key: 'walk' },
    ]);
    const texts = await rows(
      app,
      sql`select t.question_key, t.text, r.free_text from survey_text_answers t join survey_responses r
          on r.organization_id = t.organization_id and r.id = t.response_id where t.organization_id = ${setup.organizationId}`,
    );
    expect(texts).toEqual([{ question_key: ownText.key, text: 'Mer ljus', free_text: null }]);
  });

  it('names an unknown label in the preview and imports nothing', async () => {
    const { app, setup, code, post } = await importSetup();
    const lines = [
      [code, '2019-03', '1', 'Cykel', 'Parken; Skogen', ''],
      [code, '2019-03', '1', 'Buss', '', 'x'.repeat(51)],
    ];
    const preview = await post(lines, '/preview');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().issues).toEqual([
      { line: 2, field: 'Färdsätt', message: expect.stringContaining('unknown answer "Cykel"') },
      { line: 2, field: 'Undviker', message: expect.stringContaining('unknown answer "Skogen"') },
      { line: 3, field: 'Önskemål', message: 'is too long (at most 50 characters)' },
    ]);
    expect((await post(lines)).statusCode).toBe(400);
    const stored = await rows(
      app,
      sql`select (select count(*)::int from survey_responses where organization_id = ${setup.organizationId}) as responses,
          (select count(*)::int from survey_choice_answers where organization_id = ${setup.organizationId}) as choices`,
    );
    expect(stored).toEqual([{ responses: 0, choices: 0 }]);
  });
});
