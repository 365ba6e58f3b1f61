import { beforeAll, describe, expect, it } from 'vitest';
import { defaultQuestions } from '../../../common/surveys/question-bank';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';

beforeAll(() => testApp());

const ownQuestion = {
  key: 'safety_parking',
  kind: 'scale',
  section: 'personal_safety',
  prompt: { sv: 'Hur trygg känner du dig på parkeringen?' },
  label: { sv: 'Parkeringen' },
};

describe('survey question bank', () => {
  it('lists the default questionnaire and indexes, adds an own question, and refuses a taken key', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const bank = (await admin.get('/api/survey-questions')).json();
    expect(bank.questions).toHaveLength(defaultQuestions.length);
    expect(bank.questions[0]).toMatchObject({
      own: false,
      label: { sv: expect.any(String), en: expect.any(String) },
    });
    expect(bank.indexes.map((index: { key: string }) => index.key)).toContain('trygghetsindex');

    const created = await admin.post('/api/survey-questions', ownQuestion);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({
      key: 'safety_parking',
      kind: 'scale',
      section: 'personal_safety',
      own: true,
      label: { sv: 'Parkeringen', en: 'Parkeringen' },
      prompt: {
        sv: 'Hur trygg känner du dig på parkeringen?',
        en: 'Hur trygg känner du dig på parkeringen?',
      },
      options: null,
      multiple: false,
      maxLength: null,
    });
    expect((await admin.get('/api/survey-questions')).json().questions.at(-1).key).toBe('safety_parking');
    const again = await admin.post('/api/survey-questions', ownQuestion);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.issues[0].path).toBe('key');
    expect(
      (await admin.post('/api/survey-questions', { ...ownQuestion, key: 'safety_stairwell' })).statusCode,
    ).toBe(409);
    // Another organization's bank does not have it, and may use the same key.
    const other = await loginAs(app, 'admin');
    expect((await other.post('/api/survey-questions', ownQuestion)).statusCode).toBe(201);
    // A new wave may ask the own question.
    expect(
      (await admin.get('/api/survey-questions')).json().questions.filter((q: { own: boolean }) => q.own),
    ).toHaveLength(1);
  });

  it('names the field of a bad question and keeps the bank from viewers and partners', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const bad = await admin.post('/api/survey-questions', { ...ownQuestion, key: 'Bad Key' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('key');
    const viewer = await loginAs(app, 'viewer', { organizationId: admin.organizationId });
    expect((await viewer.get('/api/survey-questions')).statusCode).toBe(200);
    expect((await viewer.post('/api/survey-questions', ownQuestion)).statusCode).toBe(403);
    const partner = await loginAs(app, 'partner', { organizationId: admin.organizationId });
    expect((await partner.get('/api/survey-questions')).statusCode).toBe(403);
  });
});
