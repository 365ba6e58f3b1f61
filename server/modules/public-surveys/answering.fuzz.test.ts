import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { tenantClient } from '../public-reports/test-public';
import { defaultScaleKeys } from '../surveys/testing';
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
const point = fc.record({ lon: fc.double({ min: -200, max: 200 }), lat: fc.double({ min: -100, max: 100 }) });

describe('the survey submission under random sheets', () => {
  it('never answers 5xx, and whatever it accepts is stored once with only scale values', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
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
      },
      { requiredKeys: ['submissionId', 'answers'] },
    );
    const openLink = { open: { waveId: setup.wave.id, entranceToken: setup.entranceToken } };
    // Well-formed sheets through the open link too, so the property always sees acceptances.
    const wellFormed = fc.record({
      submissionId: fc.uuid(),
      answers: fc.dictionary(fc.constantFrom(...defaultScaleKeys), fc.constantFrom(1, 2, 3, 4, 'dont_know'), {
        maxKeys: 4,
      }),
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
  }, 120_000);
});
