import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FourPointAnswer, tallyAnswers, topTwoBox } from './top-box';

const answer = fc.constantFrom<FourPointAnswer>(1, 2, 3, 4, 'dont_know');

describe('topTwoBox', () => {
  it('counts mycket bra and ganska bra as positive and leaves vet ej out of the base', () => {
    const tally = tallyAnswers([1, 2, 2, 3, 4, 'dont_know', 'dont_know', 1]);
    expect(tally).toEqual({ 1: 2, 2: 2, 3: 1, 4: 1, dont_know: 2 });
    expect(topTwoBox(tally)).toEqual({ successes: 4, n: 6 });
  });

  it('has an empty base when everybody answered vet ej', () => {
    expect(topTwoBox(tallyAnswers(['dont_know', 'dont_know']))).toEqual({ successes: 0, n: 0 });
  });

  it('throws a RangeError for a count that is not a count', () => {
    expect(() => topTwoBox({ 1: -1, 2: 0, 3: 0, 4: 0, dont_know: 0 })).toThrow(RangeError);
    expect(() => topTwoBox({ 1: 0, 2: 0.5, 3: 0, 4: 0, dont_know: 0 })).toThrow(RangeError);
  });

  it('matches counting the answers one by one', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 200 }), (answers) => {
        const count = topTwoBox(tallyAnswers(answers));
        expect(count.successes).toBe(answers.filter((a) => a === 1 || a === 2).length);
        expect(count.n).toBe(answers.filter((a) => a !== 'dont_know').length);
      }),
    );
  });

  it('adding a vet ej answer changes nothing', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 200 }), (answers) => {
        expect(topTwoBox(tallyAnswers([...answers, 'dont_know']))).toEqual(topTwoBox(tallyAnswers(answers)));
      }),
    );
  });
});
