import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { tenantClient } from '../public-reports/test-public';
import { defaultScaleKeys } from '../surveys/testing';
import { askOwnQuestions, ownChoice, ownMultiple, ownText } from './test-own-questions';
import { allQuestionKeys, issueCode, rows, surveySetup } from './test-surveys';

beforeAll(async () => {
  await testApp();
});

const value = fc.oneof(
  fc.constantFrom<unknown>(1, 2, 3, 4, 'dont_know', 0, 5, 2.5, '1', null, 'vet ej'),
  fc.jsonValue(),
);
const key = fc.oneof(
  fc.constantFrom(...allQuestionKeys),
  fc.string({ maxLength: 45 }),
  fc.constant('__proto__'),
);
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('a\u0000b', 'a\ud800b', 'x'.repeat(2001)),
);
const ownKey = fc.oneof(
  fc.constantFrom(ownChoice.key, ownMultiple.key, ownText.key, 'age_group'),
  fc.string({ maxLength: 45 }),
);
const optionKey = fc.oneof(
  fc.constantFrom('walk', 'bus', 'car', 'tunnel', 'park', 'square'),
  fc.string({ maxLength: 45 }),
);
const point = fc.record({ lon: fc.double({ min: -200, max: 200 }), lat: fc.double({ min: -100, max: 100 }) });

describe('the survey submission under random sheets', () => {
  it('never answers 5xx, and whatever it accepts is stored once with only scale values and known own answers', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    await askOwnQuestions(app, setup.organizationId, setup.wave.id);
    const codes = [await issueCode(app, setup), await issueCode(app, setup)];
    const randomSheet = fc.record(
      {
        submissionId: fc.oneof(fc.uuid(), fc.string({ maxLength: 40 })),
        answers: fc.dictionary(key, value, { maxKeys: 6 }),
        background: fc.dictionary(fc.constantFrom('ageGroup', 'gender', 'yearsInArea', 'x'), text, {
          maxKeys: 3,
        }),
        freeText: text,
        mapPoints: fc.array(point, { maxLength: 7 }),
        choices: fc.dictionary(ownKey, fc.oneof(fc.array(optionKey, { maxLength: 4 }), value), {
          maxKeys: 3,
        }),
        texts: fc.dictionary(ownKey, fc.oneof(text, value), { maxKeys: 3 }),
      },
      { requiredKeys: ['submissionId', 'answers'] },
    );
    const openLink = { open: { token: setup.openToken } };
    // Well-formed sheets through the open link too, so the property always sees acceptances.
    const wellFormed = fc.record({
      submissionId: fc.uuid(),
      answers: fc.dictionary(fc.constantFrom(...defaultScaleKeys), fc.constantFrom(1, 2, 3, 4, 'dont_know'), {
        maxKeys: 4,
      }),
      choices: fc.record(
        {
          [ownChoice.key]: fc.constantFrom(['walk'], ['bus'], []),
          [ownMultiple.key]: fc.subarray(['park', 'square']),
        },
        { requiredKeys: [] },
      ),
      texts: fc.dictionary(fc.constant(ownText.key), fc.string({ maxLength: 50 })),
    });
    const target = fc.oneof(
      fc.record({ code: fc.oneof(fc.constantFrom(...codes), text) }),
      fc.constant(openLink),
    );
    const body = fc.oneof(
      { weight: 1, arbitrary: wellFormed.map((fields) => ({ ...fields, ...openLink })) },
      {
        weight: 2,
        arbitrary: fc.tuple(randomSheet, target).map(([fields, place]) => ({ ...fields, ...place })),
      },
    );
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        // A new address each time, so the per-address limit does not hide anything.
        const response = await tenantClient(app).request({
          method: 'POST',
          url: '/api/public/surveys/responses',
          payload,
        });
        expect(response.statusCode, `${JSON.stringify(payload)}: ${response.body}`).toBeLessThan(500);
        if (response.statusCode === 201) accepted += 1;
      }),
      { numRuns: 150 },
    );
    expect(accepted).toBeGreaterThan(0);
    const values = await rows<{ value: number | null; dont_know: boolean }>(
      app,
      sql`select value, dont_know from survey_answers where organization_id = ${setup.organizationId}`,
    );
    for (const answer of values)
      expect(answer.value === null ? answer.dont_know : answer.value >= 1).toBe(true);
    const options = new Map(
      [ownChoice, ownMultiple].map((question) => [question.key, question.options.map((o) => o.key)]),
    );
    const choices = await rows<{ question_key: string; option_key: string; n: number }>(
      app,
      sql`select question_key, option_key, count(*) over (partition by response_id, question_key)::int as n
          from survey_choice_answers where organization_id = ${setup.organizationId}`,
    );
    for (const choice of choices) {
      expect(options.get(choice.question_key)).toContain(choice.option_key);
      if (choice.question_key === ownChoice.key) expect(choice.n).toBe(1);
    }
    const texts = await rows<{ question_key: string; text: string }>(
      app,
      sql`select question_key, text from survey_text_answers where organization_id = ${setup.organizationId}`,
    );
    for (const answer of texts) {
      expect(answer.question_key).toBe(ownText.key);
      expect(answer.text.trim()).toBe(answer.text);
      expect(answer.text.length).toBeGreaterThan(0);
      expect(answer.text.length).toBeLessThanOrEqual(ownText.maxLength);
    }
  }, 120_000);
});
