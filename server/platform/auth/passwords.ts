import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** Lengths per OWASP ASVS 5.0 V6: no composition rules, long passphrases allowed. */
export const passwordMinLength = 12;
export const passwordMaxLength = 128;

// Swedish additions to the ~49,000 common passwords of the zxcvbn-ts list.
const swedishCommon = [
  'lösenord',
  'losenord',
  'lösenord123',
  'sommar2024',
  'sommar2025',
  'sommar2026',
  'vinter2025',
  'hösten2025',
  'sverige123',
  'stockholm1',
  'qwertyuiopå',
  'hejhejhej123',
  'trygg123456',
  'välkommen123',
  'valkommen123',
];
const common = new Set([...dictionary['passwords-common'], ...swedishCommon].map((p) => p.toLowerCase()));

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  context: string[] = [],
): 'too_short' | 'too_long' | 'common' | null {
  if ([...password].length < passwordMinLength) return 'too_short';
  if ([...password].length > passwordMaxLength) return 'too_long';
  const lower = password.toLowerCase();
  if (common.has(lower)) return 'common';
  // A password that is a common one with digits or a year appended, or the user's own e-mail or name.
  if (common.has(lower.replace(/[\d!.?]+$/, ''))) return 'common';
  if (context.some((word) => word.length >= 4 && lower.includes(word.toLowerCase()))) return 'common';
  return null;
}

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP recommendation). */
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
