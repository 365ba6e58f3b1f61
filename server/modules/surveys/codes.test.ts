import { describe, expect, it } from 'vitest';
import { codeAlphabet, formatSurveyCode, newSurveyCode, normalizeSurveyCode, surveyCodeHash } from './codes';

describe('survey codes', () => {
  it('makes 12 symbols from the unambiguous alphabet, different every time', () => {
    const codes = Array.from({ length: 200 }, newSurveyCode);
    for (const code of codes) {
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(codeAlphabet).toHaveLength(31);
  });

  it('prints in groups of four and hashes what the tenant typed the same as the printed code', () => {
    expect(formatSurveyCode('K7PM3QXD9TFA')).toBe('K7PM-3QXD-9TFA');
    expect(normalizeSurveyCode(' k7pm-3qxd 9tfa ')).toBe('K7PM3QXD9TFA');
    expect(surveyCodeHash('k7pm-3qxd-9tfa')).toBe(surveyCodeHash('K7PM3QXD9TFA'));
    expect(surveyCodeHash('K7PM3QXD9TFA')).toMatch(/^[0-9a-f]{64}$/);
  });
});
