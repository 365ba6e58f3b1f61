import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { tenantClient } from '../public-reports/test-public';
import { compactRollups, rollupsFromAnswers } from '../surveys/rollups';
import { flushTestSheets } from '../surveys/testing';
import { codeRow, issueCode, rows, sheet, surveySetup } from './test-surveys';

const responsesOf = (organizationId: string) =>
  sql`select id::text, channel, area_id::text, building_id::text, entrance_id::text, answered_month::text,
        age_group, gender, free_text from survey_responses where organization_id = ${organizationId}`;

// The worker's database starts (and migrates) once; that is not part of any test's time.
beforeAll(async () => {
  await testApp();
});

describe('answering a survey by letter code', () => {
  it('shows the form in every tenant language, takes the answers once, and is kind about a used code', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const code = await issueCode(app, setup);
    const tenant = tenantClient(app);

    const form = await tenant.get(`/api/public/surveys/code/${code.toLowerCase().replaceAll('-', ' ')}`);
    expect(form.statusCode, form.body).toBe(200);
    const body = form.json();
    expect(body).toMatchObject({
      waveName: 'Testenkät',
      channel: 'code',
      place: { buildingAddress: 'Storgatan 1' },
    });
    const first = body.questions[0];
    expect(Object.keys(first.prompt).sort()).toEqual(['ar', 'en', 'fa', 'so', 'sv', 'ti']);
    expect(body.questions.map((q: { key: string }) => q.key)).toContain('unsafe_places_map');
    expect(body.scale).toHaveLength(5);
    expect(body.map.areaGeometry.type).toBe('Polygon');

    const answers = sheet();
    const created = await tenant.post('/api/public/surveys/responses', { ...answers, code });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({ received: true });
    const retry = await tenant.post('/api/public/surveys/responses', { ...answers, code });
    await flushTestSheets(app);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(await rows(app, responsesOf(setup.organizationId))).toHaveLength(1);

    const other = await tenant.post('/api/public/surveys/responses', { ...sheet(), code });
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toEqual({
      code: 'survey_code_used',
      message: 'Den här koden har redan använts. Tack för att du svarade!',
    });
    const english = await tenant.get(`/api/public/surveys/code/${code}`, { 'accept-language': 'en' });
    expect(english.statusCode).toBe(409);
    expect(english.json().error.message).toBe('This code has already been used. Thank you for answering!');
  });

  it('stores the sheet without any link to the code or household, and the rollups match the answers', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const code = await issueCode(app, setup);
    const response = await tenantClient(app).post('/api/public/surveys/responses', { ...sheet(), code });
    expect(response.statusCode, response.body).toBe(201);

    await flushTestSheets(app);
    const [stored] = await rows(app, responsesOf(setup.organizationId));
    const [{ month }] = await rows<{ month: string }>(
      app,
      sql`select date_trunc('month', current_date)::date::text as month`,
    );
    expect(stored).toMatchObject({
      channel: 'code',
      area_id: setup.areaId,
      building_id: setup.buildingId,
      entrance_id: setup.entranceId,
      answered_month: month,
      age_group: 'age_70_plus',
      gender: 'woman',
      free_text: 'Mörkt vid källardörren på kvällen',
    });
    // A random (v4) id: a time-ordered one could be matched with the day the code was used.
    expect(String(stored?.id)[14]).toBe('4');
    const columns = await rows<{ column_name: string }>(
      app,
      sql`select column_name from information_schema.columns where table_name = 'survey_responses'`,
    );
    expect(
      columns.map((c) => c.column_name).filter((c) => /code|apartment|household|created/.test(c)),
    ).toEqual([]);
    const used = await codeRow(app, code);
    expect(used?.usedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(used?.inviteEmail).toBeNull();
    const points = await rows(
      app,
      sql`select * from survey_map_points where organization_id = ${setup.organizationId}`,
    );
    expect(points).toHaveLength(1);
    expect(Object.keys(points[0] ?? {})).not.toContain('response_id');

    const answers = await rows(
      app,
      sql`select question_key, value, dont_know from survey_answers where organization_id = ${setup.organizationId} order by question_key`,
    );
    expect(answers).toEqual([
      { question_key: 'safety_evening_area', value: 1, dont_know: false },
      { question_key: 'safety_laundry', value: null, dont_know: true },
      { question_key: 'safety_stairwell', value: 3, dont_know: false },
    ]);
    // Queued for the totals in the same statement (only the response id), then added to them.
    const queue = sql`select count(*)::int as n from survey_rollup_pending where organization_id = ${setup.organizationId}`;
    expect(await rows(app, queue)).toEqual([{ n: 1 }]);
    await compactRollups(app.db);
    expect(await rows(app, queue)).toEqual([{ n: 0 }]);
    const totals = sql`select scope, scope_id, question_key, group_key, answered, positive, dont_know`;
    const stored2 = await rows(
      app,
      sql`${totals} from survey_rollups where organization_id = ${setup.organizationId} order by 1, 2, 3, 4`,
    );
    const expected = await rows(
      app,
      sql`${totals} from (${rollupsFromAnswers(setup.organizationId)}) g order by 1, 2, 3, 4`,
    );
    expect(stored2).toEqual(expected);
  });

  it('takes exactly one of two concurrent submissions with one code', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const code = await issueCode(app, setup);
    const [a, b] = await Promise.all([
      tenantClient(app).post('/api/public/surveys/responses', { ...sheet(), code }),
      tenantClient(app).post('/api/public/surveys/responses', { ...sheet(), code }),
    ]);
    await flushTestSheets(app);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect(await rows(app, responsesOf(setup.organizationId))).toHaveLength(1);
  });

  it("shows the organization's own scale question with missing languages filled from en, then sv, and takes its answer", async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const definition = {
      key: 'own_playground',
      kind: 'scale',
      section: 'environment',
      label: { sv: 'Lekplatsen' },
      prompt: { sv: 'Hur trygg är lekplatsen?', en: 'How safe is the playground?' },
    };
    await app.db.execute(sql`insert into survey_questions (organization_id, key, definition)
      values (${setup.organizationId}, 'own_playground', ${JSON.stringify(definition)}::jsonb)`);
    await app.db.execute(sql`update survey_waves set question_keys = question_keys || '["own_playground"]'::jsonb
      where organization_id = ${setup.organizationId} and id = ${setup.wave.id}`);
    const code = await issueCode(app, setup);
    const form = (await tenantClient(app).get(`/api/public/surveys/code/${code}`)).json();
    const own = form.questions.find((q: { key: string }) => q.key === 'own_playground');
    expect(own.prompt).toMatchObject({ sv: 'Hur trygg är lekplatsen?', ar: 'How safe is the playground?' });
    const answers = { own_playground: 4 as const };
    const response = await tenantClient(app).post('/api/public/surveys/responses', {
      ...sheet({ answers }),
      code,
    });
    expect(response.statusCode, response.body).toBe(201);
  });

  it('answers a double tap (the same submission twice at once) with 201 and 200, storing it once', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const code = await issueCode(app, setup);
    const body = { ...sheet(), code };
    const [a, b] = await Promise.all([
      tenantClient(app).post('/api/public/surveys/responses', body),
      tenantClient(app).post('/api/public/surveys/responses', body),
    ]);
    await flushTestSheets(app);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(await rows(app, responsesOf(setup.organizationId))).toHaveLength(1);
  });

  it('answers 404 for an unknown code and 410 for a closed wave or an expired code', async () => {
    const app = await testApp();
    const tenant = tenantClient(app);
    expect((await tenant.get('/api/public/surveys/code/AAAA-BBBB-CCCC')).statusCode).toBe(404);
    const closed = await surveySetup(app, { status: 'closed' });
    const code = await issueCode(app, closed);
    const form = await tenant.get(`/api/public/surveys/code/${code}`);
    expect(form.statusCode).toBe(410);
    expect(form.json().error.code).toBe('survey_closed');
    const post = await tenant.post('/api/public/surveys/responses', { ...sheet(), code });
    expect(post.statusCode).toBe(410);
    const open = await surveySetup(app);
    const expired = await issueCode(app, open, { expiresOn: '2020-01-01' });
    expect((await tenant.get(`/api/public/surveys/code/${expired}`)).statusCode).toBe(410);
    expect(
      (await tenant.post('/api/public/surveys/responses', { ...sheet(), code: expired })).statusCode,
    ).toBe(410);
    expect(await rows(app, responsesOf(open.organizationId))).toHaveLength(0);
  });

  it('refuses values off the scale, questions the wave does not ask and far-away map points, naming the field', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const code = await issueCode(app, setup);
    const tenant = tenantClient(app);
    const post = (extra: object) =>
      tenant.post('/api/public/surveys/responses', { ...sheet(), code, ...extra });
    const offScale = await post({ answers: { safety_stairwell: 5 } });
    expect(offScale.statusCode).toBe(400);
    expect(offScale.json().error.issues.map((i: { path: string }) => i.path)).toEqual([
      'answers.safety_stairwell',
    ]);
    const unknown = await post({ answers: { no_such_question: 1, gender: 2 } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues).toEqual([
      { path: 'answers.no_such_question', message: 'är ingen fråga i den här enkäten' },
      { path: 'answers.gender', message: 'är ingen fråga med svarsskala' },
    ]);
    const far = await post({ mapPoints: [{ lon: 18.5, lat: 59.3 }] });
    expect(far.json().error.issues).toEqual([
      { path: 'mapPoints.0', message: 'ligger för långt från området' },
    ]);
    const badAge = await post({ background: { ageGroup: 'age_99' } });
    expect(badAge.json().error.issues[0].path).toBe('background.ageGroup');
    expect(await rows(app, responsesOf(setup.organizationId))).toHaveLength(0);
    expect((await codeRow(app, code))?.usedOn).toBeNull();
  });
});

describe('answering a survey by a stairwell open link', () => {
  it('shows the form and stores the answers as channel open_link at the entrance', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const tenant = tenantClient(app);
    const form = await tenant.get(`/api/public/surveys/open/${setup.openToken}`);
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json().channel).toBe('open_link');
    const open = { token: setup.openToken };
    const answers = sheet();
    expect((await tenant.post('/api/public/surveys/responses', { ...answers, open })).statusCode).toBe(201);
    expect((await tenant.post('/api/public/surveys/responses', { ...answers, open })).statusCode).toBe(200);
    await flushTestSheets(app);
    const stored = await rows(app, responsesOf(setup.organizationId));
    expect(stored).toEqual([
      expect.objectContaining({ channel: 'open_link', entrance_id: setup.entranceId }),
    ]);
  });

  it('is not opened by the entrance token the anonymous place search hands out (old form: 410, kindly)', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const tenant = tenantClient(app);
    const found = (await tenant.get(`/api/public/places?org=${setup.slug}&q=storgatan%201`)).json();
    const entranceToken = found.places[0].entranceToken as string;
    expect(entranceToken).toBe(setup.entranceToken);
    // The old link form: wave id + the searched entrance token.
    const old = await tenant.get(`/api/public/surveys/open/${setup.wave.id}/${entranceToken}`);
    expect(old.statusCode).toBe(410);
    expect(old.json().error).toMatchObject({ code: 'survey_link_replaced' });
    expect(old.json().error.message).toMatch(/anslaget i trapphuset/);
    const legacy = { waveId: setup.wave.id, entranceToken };
    const posted = await tenant.post('/api/public/surveys/responses', { ...sheet(), open: legacy });
    expect(posted.statusCode).toBe(410);
    expect(posted.json().error.code).toBe('survey_link_replaced');
    // The searched token in the new form names no link either.
    expect((await tenant.get(`/api/public/surveys/open/${entranceToken}`)).statusCode).toBe(404);
    const guessed = { token: entranceToken };
    expect(
      (await tenant.post('/api/public/surveys/responses', { ...sheet(), open: guessed })).statusCode,
    ).toBe(404);
    expect(await rows(app, responsesOf(setup.organizationId))).toHaveLength(0);
  });

  it("answers 404 for an unknown token and 410 once the link's wave is closed", async () => {
    const app = await testApp();
    const tenant = tenantClient(app);
    expect((await tenant.get('/api/public/surveys/open/AAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(404);
    const closed = await surveySetup(app, { status: 'closed' });
    expect((await tenant.get(`/api/public/surveys/open/${closed.openToken}`)).statusCode).toBe(410);
    const open = { token: closed.openToken };
    expect((await tenant.post('/api/public/surveys/responses', { ...sheet(), open })).statusCode).toBe(410);
  });
});
