/**
 * An answer on the 4-point scale: 1 mycket bra · 2 ganska bra · 3 inte så bra · 4 dålig, or
 * 'dont_know' (vet ej / ej aktuellt). Declared here rather than imported so that the statistics
 * stay free of dependencies; it matches `ScaleAnswer` in common/surveys/answer-scale.ts.
 */
export type FourPointAnswer = 1 | 2 | 3 | 4 | 'dont_know';

/** How many answers fell in each box, as a rollup or a GROUP BY delivers them. */
export type AnswerTally = Readonly<Record<FourPointAnswer, number>>;

/** The count behind a top-2-box share: `successes` positive out of `n` answers in the base. */
export type TopBoxCount = { successes: number; n: number };

/** Counts answers into a tally. */
export function tallyAnswers(answers: Iterable<FourPointAnswer>): AnswerTally {
  const tally = { 1: 0, 2: 0, 3: 0, 4: 0, dont_know: 0 };
  for (const answer of answers) tally[answer] += 1;
  return tally;
}

/**
 * The top-2-box count of an item: positive = mycket bra or ganska bra; n = every answer except
 * "vet ej", which is left out of the base (it says nothing about how good it is). Feed the result
 * to `wilsonInterval(successes, n)` once `cellVisibility(n)` allows it.
 */
export function topTwoBox(tally: AnswerTally): TopBoxCount {
  for (const [box, count] of Object.entries(tally)) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`count for ${box} must be a non-negative integer, got ${count}`);
    }
  }
  const successes = tally[1] + tally[2];
  return { successes, n: successes + tally[3] + tally[4] };
}
