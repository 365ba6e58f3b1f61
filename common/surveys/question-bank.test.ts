import { describe, expect, it } from 'vitest';
import { tenantLocales } from '../reporting';
import { dontKnow, isInShareBase, isPositive, scaleAnswers, scaleLabels } from './answer-scale';
import { defaultQuestions } from './question-bank';
import { type DefaultQuestion, questionSections, type TenantText } from './question-types';

/** Every tenant-facing text of a question, named so a failure says which one is missing. */
function tenantTexts(question: DefaultQuestion): [string, TenantText][] {
  const texts: [string, TenantText][] = [['prompt', question.prompt]];
  if (question.kind === 'choice') {
    for (const option of question.options) texts.push([`option ${option.key}`, option.label]);
  }
  if (question.kind === 'text' || question.kind === 'map_points') texts.push(['hint', question.hint]);
  return texts;
}

describe('default question bank', () => {
  it('has unique question keys, and unique option keys within each choice question', () => {
    const keys = defaultQuestions.map((question) => question.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const question of defaultQuestions) {
      if (question.kind !== 'choice') continue;
      const optionKeys = question.options.map((option) => option.key);
      expect(new Set(optionKeys).size, question.key).toBe(optionKeys.length);
    }
  });

  it('covers every topic the issue lists, on the scale', () => {
    const scaleKeys = defaultQuestions.filter((q) => q.kind === 'scale').map((q) => q.key);
    expect(scaleKeys.sort()).toEqual(
      [
        'safety_evening_area',
        'safety_stairwell',
        'safety_cellar_storage',
        'safety_laundry',
        'outdoor_lighting',
        'burglary_apartment',
        'burglary_storage',
        'neighbour_contact',
        'neighbour_disturbance',
        'clean_tidy',
        'landlord_safety_work',
      ].sort(),
    );
    const others = defaultQuestions.filter((q) => q.kind !== 'scale').map((q) => [q.key, q.kind]);
    expect(others).toEqual(
      expect.arrayContaining([
        ['age_group', 'choice'],
        ['gender', 'choice'],
        ['years_in_area', 'choice'],
        ['unsafe_places_text', 'text'],
        ['unsafe_places_map', 'map_points'],
      ]),
    );
  });

  it('has every tenant text in every tenant language and every staff label in sv and en', () => {
    for (const question of defaultQuestions) {
      for (const [name, text] of tenantTexts(question)) {
        for (const locale of tenantLocales) {
          expect(text[locale]?.trim(), `${question.key} ${name} ${locale}`).toBeTruthy();
        }
      }
      expect(question.label.sv.trim(), `${question.key} label sv`).toBeTruthy();
      expect(question.label.en.trim(), `${question.key} label en`).toBeTruthy();
    }
  });

  it('asks in section order, so each section is one block', () => {
    const order = defaultQuestions.map((question) => questionSections.indexOf(question.section));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keeps 55+ and 70+ whole in the age groups', () => {
    const age = defaultQuestions.find((question) => question.key === 'age_group');
    const keys = age?.kind === 'choice' ? age.options.map((option) => option.key) : [];
    expect(keys.slice(-2)).toEqual(['age_55_69', 'age_70_plus']);
  });
});

describe('answer scale', () => {
  it('labels every answer in every tenant language', () => {
    for (const answer of scaleAnswers) {
      for (const locale of tenantLocales) expect(scaleLabels[answer][locale]?.trim()).toBeTruthy();
    }
    expect(scaleLabels[1].sv).toBe('Mycket bra');
    expect(scaleLabels[4].sv).toBe('Dålig');
  });

  it('counts mycket bra and ganska bra as positive, and leaves vet ej out of the base', () => {
    expect(scaleAnswers.filter(isPositive)).toEqual([1, 2]);
    expect(scaleAnswers.filter(isInShareBase)).toEqual([1, 2, 3, 4]);
    expect(isPositive(dontKnow)).toBe(false);
  });
});
