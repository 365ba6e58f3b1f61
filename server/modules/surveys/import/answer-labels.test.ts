import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleAnswers, scaleLabels } from '../../../../common/surveys/answer-scale';
import { readScaleCell, scaleCellReader } from './answer-labels';

const answer = (value: unknown) => ({ kind: 'answer', answer: value });
const unknown = { kind: 'unknown' };

describe('readScaleCell', () => {
  it('reads the Swedish and English labels in any case, with the vendor wordings', () => {
    expect(readScaleCell('Mycket bra')).toEqual(answer(1));
    expect(readScaleCell('  GANSKA BRA ')).toEqual(answer(2));
    expect(readScaleCell('inte så bra')).toEqual(answer(3));
    expect(readScaleCell('Dålig')).toEqual(answer(4));
    expect(readScaleCell('Vet ej')).toEqual(answer('dont_know'));
    expect(readScaleCell('ej aktuellt')).toEqual(answer('dont_know'));
    expect(readScaleCell('Vet ej/ej aktuellt')).toEqual(answer('dont_know'));
    expect(readScaleCell('Very good')).toEqual(answer(1));
    expect(readScaleCell('Not so good.')).toEqual(answer(3));
    expect(readScaleCell('Don’t know')).toEqual(answer('dont_know'));
    // A Mac file may spell å as a plus a ring.
    expect(readScaleCell('Inte sa\u030a bra')).toEqual(answer(3));
  });

  it('reads every label of the questionnaire in every tenant language', () => {
    for (const value of scaleAnswers)
      for (const label of Object.values(scaleLabels[value]))
        expect(readScaleCell(label)).toEqual(answer(value));
  });

  it('reads digits 1–4, one as best unless the file puts four best', () => {
    expect(['1', '2', '3', '4', '2,0'].map((d) => readScaleCell(d))).toEqual([1, 2, 3, 4, 2].map(answer));
    const reversed = { fourIsBest: true };
    expect(['1', '2', '3', '4'].map((d) => readScaleCell(d, reversed))).toEqual([4, 3, 2, 1].map(answer));
  });

  it('reads "5 = vet ej" only when the mapping says so', () => {
    expect(readScaleCell('5')).toEqual(unknown);
    expect(readScaleCell('5', { dontKnowCode: '5' })).toEqual(answer('dont_know'));
    expect(readScaleCell('99', { dontKnowCode: '99' })).toEqual(answer('dont_know'));
  });

  it('reads a digit with its label, refusing the two when they disagree', () => {
    expect(readScaleCell('1 - Mycket bra')).toEqual(answer(1));
    expect(readScaleCell('(3) Inte så bra')).toEqual(answer(3));
    expect(readScaleCell('5. Vet ej')).toEqual(answer('dont_know'));
    expect(readScaleCell('4 - Mycket bra')).toEqual(unknown);
    expect(readScaleCell('4 - Mycket bra', { fourIsBest: true })).toEqual(answer(1));
  });

  it('leaves blank cells unanswered and names nothing else as an answer', () => {
    expect(readScaleCell('')).toEqual({ kind: 'blank' });
    expect(readScaleCell('   ')).toEqual({ kind: 'blank' });
    for (const text of ['0', '6', 'bra', 'Mycket bra!', '1,5', 'ja', '-1'])
      expect(readScaleCell(text)).toEqual(unknown);
  });

  it('gives the same reading remembered as fresh, for any text', () => {
    const read = scaleCellReader({ dontKnowCode: '9' });
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(read(text)).toEqual(readScaleCell(text, { dontKnowCode: '9' }));
        expect(read(text)).toEqual(read(text));
      }),
    );
  });
});
