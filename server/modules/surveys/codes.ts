import { randomInt } from 'node:crypto';
import { hashToken } from '../../platform/ids';

/**
 * One-time survey codes. The alphabet leaves out 0/O and 1/I/L, which people mix up when they
 * type a code from paper. 12 symbols of 31 give about 59 bits — far beyond guessing through a
 * rate-limited public endpoint.
 */
export const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const codeLength = 12;

/** A new random code (crypto random, uniform over the alphabet). */
export function newSurveyCode(): string {
  let code = '';
  for (let i = 0; i < codeLength; i++) code += codeAlphabet[randomInt(codeAlphabet.length)];
  return code;
}

/** What the tenant typed or scanned, in the stored form: upper case, no spaces or dashes. */
export function normalizeSurveyCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** How a code is stored (survey_codes.code_hash): only its sha256, never the code itself. */
export function surveyCodeHash(code: string): string {
  return hashToken(normalizeSurveyCode(code));
}

/** The code as printed: three groups of four, e.g. "K7PM-3QXD-9TFA". */
export function formatSurveyCode(code: string): string {
  return normalizeSurveyCode(code).replace(/(.{4})(?=.)/g, '$1-');
}
