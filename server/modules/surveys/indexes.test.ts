import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { surveyMessage } from './messages';

beforeAll(() => testApp());

const ownIndex = {
  key: 'trapphus_och_miljo',
  label: { sv: 'Trapphus och miljö' },
  itemKeys: ['safety_stairwell', 'clean_tidy'],
};

type BankIndex = { key: string; own: boolean; label: { sv: string; en: string }; questionKeys: string[] };
const indexesOf = async (client: Client): Promise<BankIndex[]> =>
  (await client.get('/api/survey-questions')).json().indexes;

/** The first issue of a 4xx answer: its field path and message. */
const issueOf = (response: { json(): { error: { issues: { path: string; message: string }[] } } }) =>
  response.json().error.issues[0];

describe('own survey indexes', () => {
  it('creates, renames, changes the items of and archives an own index, audited, listed after the defaults', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const created = await admin.post('/api/survey-indexes', ownIndex);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({
      key: 'trapphus_och_miljo',
      label: { sv: 'Trapphus och miljö', en: 'Trapphus och miljö' },
      questionKeys: ['safety_stairwell', 'clean_tidy'],
      own: true,
    });
    const listed = await indexesOf(admin);
    expect(listed.map((index) => [index.key, index.own])).toEqual([
      ['trygghetsindex', false],
      ['miljoindex', false],
      ['trapphus_och_miljo', true],
    ]);

    const renamed = await admin.patch('/api/survey-indexes/trapphus_och_miljo', {
      label: { sv: 'Trapphus, ljus och miljö', en: 'Stairwell, lighting and environment' },
      itemKeys: ['safety_stairwell', 'outdoor_lighting', 'clean_tidy'],
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({
      label: { sv: 'Trapphus, ljus och miljö', en: 'Stairwell, lighting and environment' },
      questionKeys: ['safety_stairwell', 'outdoor_lighting', 'clean_tidy'],
    });
    const onlyLabel = await admin.patch('/api/survey-indexes/trapphus_och_miljo', {
      label: { sv: 'Miljö 2' },
    });
    expect(onlyLabel.json()).toMatchObject({
      label: { sv: 'Miljö 2', en: 'Miljö 2' },
      questionKeys: ['safety_stairwell', 'outdoor_lighting', 'clean_tidy'],
    });

    const archived = await admin.delete('/api/survey-indexes/trapphus_och_miljo');
    expect(archived.statusCode, archived.body).toBe(204);
    expect((await indexesOf(admin)).map((index) => index.key)).toEqual(['trygghetsindex', 'miljoindex']);
    // Archived is gone for changes, and its key stays taken (targets may still refer to it).
    expect((await admin.delete('/api/survey-indexes/trapphus_och_miljo')).statusCode).toBe(404);
    expect(
      (await admin.patch('/api/survey-indexes/trapphus_och_miljo', { label: { sv: 'X' } })).statusCode,
    ).toBe(404);
    expect((await admin.post('/api/survey-indexes', ownIndex)).statusCode).toBe(409);

    const audit = await app.db.execute(sql`
      select action, after, before from audit_log
       where organization_id = ${admin.organizationId} and entity_type = 'survey_index'
       order by created_at, id`);
    const rows = (audit as unknown as { rows: { action: string; after: unknown; before: unknown }[] }).rows;
    expect(rows.map((row) => row.action)).toEqual(['create', 'update', 'update', 'archive']);
    expect(rows[0].after).toMatchObject({ key: 'trapphus_och_miljo', itemKeys: ownIndex.itemKeys });
    expect(rows[3].before).toMatchObject({ label: { sv: 'Miljö 2' } });
  });

  it('may be built from the organization’s own scale questions, not from its choice questions', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const scale = await admin.post('/api/survey-questions', {
      key: 'safety_parking',
      kind: 'scale',
      section: 'personal_safety',
      prompt: { sv: 'Hur trygg känner du dig på parkeringen?' },
      label: { sv: 'Parkeringen' },
    });
    expect(scale.statusCode, scale.body).toBe(201);
    const choice = await admin.post('/api/survey-questions', {
      key: 'parking_kind',
      kind: 'choice',
      section: 'personal_safety',
      prompt: { sv: 'Var parkerar du?' },
      label: { sv: 'Parkering' },
      options: [
        { key: 'garage', label: { sv: 'Garage' } },
        { key: 'street', label: { sv: 'Gatan' } },
      ],
    });
    expect(choice.statusCode, choice.body).toBe(201);
    const withOwn = await admin.post('/api/survey-indexes', {
      ...ownIndex,
      itemKeys: ['safety_stairwell', 'safety_parking'],
    });
    expect(withOwn.statusCode, withOwn.body).toBe(201);
    const withChoice = await admin.post('/api/survey-indexes', {
      ...ownIndex,
      key: 'parkering',
      itemKeys: ['safety_parking', 'parking_kind'],
    });
    expect(withChoice.statusCode).toBe(400);
    expect(issueOf(withChoice)).toMatchObject({
      path: 'itemKeys.1',
      message: expect.stringMatching(/scale/),
    });
    // Another organization's own question is not in this organization's bank.
    const other = await loginAs(app, 'admin');
    const foreign = await other.post('/api/survey-indexes', {
      ...ownIndex,
      itemKeys: ['safety_stairwell', 'safety_parking'],
    });
    expect(foreign.statusCode).toBe(400);
    expect(issueOf(foreign).path).toBe('itemKeys.1');
  });

  it('names the field of every bad input, in the user’s language', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    expect((await admin.post('/api/survey-indexes', ownIndex)).statusCode).toBe(201);
    const cases: [unknown, number, string][] = [
      [{ ...ownIndex, key: 'Bad Key' }, 400, 'key'],
      [{ ...ownIndex, key: 'trygghetsindex' }, 409, 'key'],
      [{ ...ownIndex, key: 'safety_stairwell' }, 409, 'key'],
      [{ ...ownIndex }, 409, 'key'],
      [{ ...ownIndex, key: 'x_index', label: { sv: '' } }, 400, 'label.sv'],
      [{ ...ownIndex, key: 'x_index', label: { en: 'Only English' } }, 400, 'label.sv'],
      [{ ...ownIndex, key: 'x_index', itemKeys: ['safety_stairwell'] }, 400, 'itemKeys'],
      [
        { ...ownIndex, key: 'x_index', itemKeys: Array.from({ length: 21 }, () => 'safety_stairwell') },
        400,
        'itemKeys',
      ],
      [{ ...ownIndex, key: 'x_index', itemKeys: ['safety_stairwell', 'no_such_item'] }, 400, 'itemKeys.1'],
      [{ ...ownIndex, key: 'x_index', itemKeys: ['age_group', 'safety_stairwell'] }, 400, 'itemKeys.0'],
      [
        { ...ownIndex, key: 'x_index', itemKeys: ['clean_tidy', 'safety_stairwell', 'clean_tidy'] },
        400,
        'itemKeys.2',
      ],
    ];
    for (const [body, status, path] of cases) {
      const response = await admin.post('/api/survey-indexes', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(issueOf(response).path, JSON.stringify(body)).toBe(path);
    }
    // The test users' language is English; the same messages exist in Swedish.
    const unknown = await admin.post('/api/survey-indexes', {
      ...ownIndex,
      key: 'x_index',
      itemKeys: ['safety_stairwell', 'no_such_item'],
    });
    expect(issueOf(unknown).message).toBe(surveyMessage('en', 'unknown'));
    const taken = await admin.post('/api/survey-indexes', { ...ownIndex, key: 'trygghetsindex' });
    expect(issueOf(taken).message).toBe(surveyMessage('en', 'indexKeyTaken'));
    expect(surveyMessage('sv', 'indexKeyTaken')).toBe('används redan av ett index eller en fråga');

    const badPatch = await admin.patch('/api/survey-indexes/trapphus_och_miljo', {
      itemKeys: ['safety_stairwell', 'free_text'],
    });
    expect(badPatch.statusCode).toBe(400);
    expect(issueOf(badPatch).path).toBe('itemKeys.1');
    expect((await admin.patch('/api/survey-indexes/trapphus_och_miljo', { key: 'renamed' })).statusCode).toBe(
      400,
    );
    // Default indexes are not the organization's to change.
    expect((await admin.patch('/api/survey-indexes/trygghetsindex', { label: { sv: 'X' } })).statusCode).toBe(
      404,
    );
    expect((await admin.delete('/api/survey-indexes/trygghetsindex')).statusCode).toBe(404);
    expect((await admin.delete('/api/survey-indexes/no_such_index')).statusCode).toBe(404);
    // An own question may not take an own index's key either: both are measures.
    const question = await admin.post('/api/survey-questions', {
      key: 'trapphus_och_miljo',
      kind: 'scale',
      section: 'personal_safety',
      prompt: { sv: 'Fråga' },
      label: { sv: 'Fråga' },
    });
    expect(question.statusCode).toBe(409);
    expect(issueOf(question).path).toBe('key');
  });

  it('belongs to one organization and is changed by organization-wide managers only', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    expect((await admin.post('/api/survey-indexes', ownIndex)).statusCode).toBe(201);
    const other = await loginAs(app, 'admin');
    expect((await indexesOf(other)).some((index) => index.own)).toBe(false);
    expect(
      (await other.patch('/api/survey-indexes/trapphus_och_miljo', { label: { sv: 'X' } })).statusCode,
    ).toBe(404);
    expect((await other.delete('/api/survey-indexes/trapphus_och_miljo')).statusCode).toBe(404);
    // The other organization may use the same key for an index of its own.
    expect((await other.post('/api/survey-indexes', ownIndex)).statusCode).toBe(201);

    const viewer = await loginAs(app, 'viewer', { organizationId: admin.organizationId });
    expect((await indexesOf(viewer)).map((index) => index.key)).toContain('trapphus_och_miljo');
    expect((await viewer.post('/api/survey-indexes', { ...ownIndex, key: 'viewer_index' })).statusCode).toBe(
      403,
    );
    expect((await viewer.delete('/api/survey-indexes/trapphus_och_miljo')).statusCode).toBe(403);
    const coordinator = await loginAs(app, 'safety_coordinator', { organizationId: admin.organizationId });
    const byCoordinator = await coordinator.post('/api/survey-indexes', { ...ownIndex, key: 'samordnare' });
    expect(byCoordinator.statusCode, byCoordinator.body).toBe(201);
    const loggedOut = await app.inject({ method: 'POST', url: '/api/survey-indexes', payload: ownIndex });
    expect(loggedOut.statusCode).toBe(401);
  });
});
