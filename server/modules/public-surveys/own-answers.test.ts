import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { tenantClient } from '../public-reports/test-public';
import { flushTestSheets } from '../surveys/testing';
import { askOwnQuestions, ownChoice, ownMultiple, ownText } from './test-own-questions';
import { codeRow, issueCode, rows, sheet, surveySetup } from './test-surveys';

const choicesOf = (organizationId: string) =>
  sql`select c.question_key, c.option_key, r.channel from survey_choice_answers c
        join survey_responses r on r.organization_id = c.organization_id and r.id = c.response_id
       where c.organization_id = ${organizationId} order by c.question_key, c.option_key`;
const textsOf = (organizationId: string) =>
  sql`select question_key, text from survey_text_answers where organization_id = ${organizationId}`;

const ownSheet = {
  choices: { [ownChoice.key]: ['bus'], [ownMultiple.key]: ['park', 'tunnel', 'park'] },
  texts: { [ownText.key]: '  Mer ljus vid tunneln  ' },
};

async function ownSetup() {
  const app = await testApp();
  const setup = await surveySetup(app);
  await askOwnQuestions(app, setup.organizationId, setup.wave.id);
  return { app, setup };
}

beforeAll(async () => {
  await testApp();
});

describe("answers to an organization's own choice and text questions", () => {
  it('shows them on the tenant form and stores them by letter code, linked to the response only', async () => {
    const { app, setup } = await ownSetup();
    const code = await issueCode(app, setup);
    const tenant = tenantClient(app);
    const form = (await tenant.get(`/api/public/surveys/code/${code}`)).json();
    const asked = form.questions.filter((q: { own: boolean }) => q.own);
    expect(asked.map((q: { key: string; multiple: boolean }) => [q.key, q.multiple])).toEqual([
      [ownChoice.key, false],
      [ownMultiple.key, true],
      [ownText.key, false],
    ]);
    expect(asked[0].options[2].label).toMatchObject({ sv: 'Bil', en: 'Bil', ar: 'Bil' });
    const body = { ...sheet(), ...ownSheet, code };
    const sent = await tenant.post('/api/public/surveys/responses', body);
    expect(sent.statusCode, sent.body).toBe(201);
    await flushTestSheets(app);
    expect(await rows(app, choicesOf(setup.organizationId))).toEqual([
      { question_key: ownMultiple.key, option_key: 'park', channel: 'code' },
      { question_key: ownMultiple.key, option_key: 'tunnel', channel: 'code' },
      { question_key: ownChoice.key, option_key: 'bus', channel: 'code' },
    ]);
    expect(await rows(app, textsOf(setup.organizationId))).toEqual([
      { question_key: ownText.key, text: 'Mer ljus vid tunneln' },
    ]);
    // A retry stores nothing twice.
    const again = await tenant.post('/api/public/surveys/responses', body);
    expect(again.statusCode).toBe(200);
    await flushTestSheets(app);
    expect(await rows(app, choicesOf(setup.organizationId))).toHaveLength(3);
  });

  it('has no column that could name a code, a household or a time beyond the response', async () => {
    const app = await testApp();
    const columns = await rows<{ table_name: string; column_name: string }>(
      app,
      sql`select table_name, column_name from information_schema.columns
           where table_name in ('survey_choice_answers', 'survey_text_answers') order by table_name, ordinal_position`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'survey_choice_answers.organization_id',
      'survey_choice_answers.response_id',
      'survey_choice_answers.question_key',
      'survey_choice_answers.option_key',
      'survey_text_answers.organization_id',
      'survey_text_answers.response_id',
      'survey_text_answers.question_key',
      'survey_text_answers.text',
    ]);
  });

  it('stores them from a stairwell open link and from a paper form keyed in by staff', async () => {
    const { app, setup } = await ownSetup();
    const open = { token: setup.openToken };
    const byLink = await tenantClient(app).post('/api/public/surveys/responses', {
      ...sheet({ mapPoints: [] }),
      choices: { [ownChoice.key]: ['walk'] },
      open,
    });
    expect(byLink.statusCode, byLink.body).toBe(201);
    const coordinator = await loginAs(app, 'safety_coordinator', { organizationId: setup.organizationId });
    const paper = await coordinator.post(`/api/survey-waves/${setup.wave.id}/paper-responses`, {
      submissionId: crypto.randomUUID(),
      areaId: setup.areaId,
      answers: {},
      choices: { [ownMultiple.key]: ['square'] },
      texts: { [ownText.key]: 'Skrivet på papper' },
    });
    expect(paper.statusCode, paper.body).toBe(201);
    await flushTestSheets(app);
    expect(await rows(app, choicesOf(setup.organizationId))).toEqual([
      { question_key: ownMultiple.key, option_key: 'square', channel: 'paper' },
      { question_key: ownChoice.key, option_key: 'walk', channel: 'open_link' },
    ]);
    expect(await rows(app, textsOf(setup.organizationId))).toEqual([
      { question_key: ownText.key, text: 'Skrivet på papper' },
    ]);
  });

  it('refuses an unknown option, several options to a single choice, a too long text and keys not asked, naming the field; nothing is stored', async () => {
    const { app, setup } = await ownSetup();
    const code = await issueCode(app, setup);
    const tenant = tenantClient(app);
    const post = (extra: object, headers: Record<string, string> = {}) =>
      tenant.post('/api/public/surveys/responses', { ...sheet(), code, ...extra }, headers);
    const cases: [object, { path: string; message: string }[]][] = [
      [
        { choices: { [ownChoice.key]: ['boat'] } },
        [{ path: `choices.${ownChoice.key}`, message: 'frågan har inget svarsalternativ "boat"' }],
      ],
      [
        { choices: { [ownChoice.key]: ['bus', 'car'] } },
        [{ path: `choices.${ownChoice.key}`, message: 'frågan har bara ett svar; välj ett alternativ' }],
      ],
      [
        { texts: { [ownText.key]: 'x'.repeat(51) } },
        [{ path: `texts.${ownText.key}`, message: 'är för långt eller stort (högst 50)' }],
      ],
      [
        { choices: { age_group: ['age_70_plus'], nothing_here: ['a1'] }, texts: { [ownChoice.key]: 'hej' } },
        [
          { path: 'choices.age_group', message: 'är ingen flervalsfråga i den här enkäten' },
          { path: 'choices.nothing_here', message: 'är ingen flervalsfråga i den här enkäten' },
          { path: `texts.${ownChoice.key}`, message: 'är ingen textfråga i den här enkäten' },
        ],
      ],
    ];
    for (const [extra, issues] of cases) {
      const refused = await post(extra);
      expect(refused.statusCode, JSON.stringify(extra)).toBe(400);
      expect(refused.json().error.issues).toEqual(issues);
    }
    const english = await post({ choices: { [ownMultiple.key]: ['moon'] } }, { 'accept-language': 'en' });
    expect(english.json().error.issues).toEqual([
      { path: `choices.${ownMultiple.key}`, message: 'the question has no option "moon"' },
    ]);
    const badKey = await post({ choices: { 'Bad Key': ['x'] } });
    expect(badKey.statusCode).toBe(400);
    expect(await rows(app, choicesOf(setup.organizationId))).toEqual([]);
    expect(await rows(app, textsOf(setup.organizationId))).toEqual([]);
    expect(
      await rows(app, sql`select id from survey_responses where organization_id = ${setup.organizationId}`),
    ).toEqual([]);
    expect((await codeRow(app, code))?.usedOn).toBeNull();
  });

  it('refuses a bad own answer on a paper form too, naming the field', async () => {
    const { app, setup } = await ownSetup();
    const coordinator = await loginAs(app, 'safety_coordinator', { organizationId: setup.organizationId });
    const refused = await coordinator.post(`/api/survey-waves/${setup.wave.id}/paper-responses`, {
      submissionId: crypto.randomUUID(),
      areaId: setup.areaId,
      answers: {},
      choices: { [ownChoice.key]: ['walk', 'bus'] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues.map((i: { path: string }) => i.path)).toEqual([
      `choices.${ownChoice.key}`,
    ]);
    expect(await rows(app, choicesOf(setup.organizationId))).toEqual([]);
  });
});
