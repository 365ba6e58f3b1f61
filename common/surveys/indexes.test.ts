import { describe, expect, it } from 'vitest';
import { defaultIndexKey, defaultSurveyIndexes } from './indexes';
import { defaultQuestion } from './question-bank';

describe('default survey indexes', () => {
  it('refer only to existing scale items, each at most once', () => {
    for (const index of defaultSurveyIndexes) {
      expect(index.itemKeys.length, index.key).toBeGreaterThan(0);
      expect(new Set(index.itemKeys).size, index.key).toBe(index.itemKeys.length);
      for (const key of index.itemKeys)
        expect(defaultQuestion(key)?.kind, `${index.key} ${key}`).toBe('scale');
    }
  });

  it('have unique keys, names and descriptions in sv and en', () => {
    const keys = defaultSurveyIndexes.map((index) => index.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const index of defaultSurveyIndexes) {
      for (const text of [index.name, index.description]) {
        expect(text.sv.trim(), index.key).toBeTruthy();
        expect(text.en.trim(), index.key).toBeTruthy();
      }
    }
  });

  it('make the trygghetsindex out of the four personal-safety items', () => {
    const index = defaultSurveyIndexes.find((candidate) => candidate.key === defaultIndexKey);
    expect(index?.itemKeys).toEqual([
      'safety_evening_area',
      'safety_stairwell',
      'safety_cellar_storage',
      'safety_laundry',
    ]);
  });
});
