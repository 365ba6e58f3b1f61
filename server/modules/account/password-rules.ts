import type { Locale } from '../../../common/roles';
import { passwordMaxLength, passwordMinLength, passwordProblem } from '../../platform/auth/passwords';
import { AppError } from '../../platform/errors';

type Problem = NonNullable<ReturnType<typeof passwordProblem>>;

const messages: Record<Locale, Record<Problem, string>> = {
  sv: {
    too_short: `måste vara minst ${passwordMinLength} tecken`,
    too_long: `får vara högst ${passwordMaxLength} tecken`,
    common: 'är för vanligt eller lätt att gissa: välj en längre fras som bara du känner till',
  },
  en: {
    too_short: `must be at least ${passwordMinLength} characters`,
    too_long: `must be at most ${passwordMaxLength} characters`,
    common: 'is too common or easy to guess: choose a longer phrase only you know',
  },
};

/** Refuses a new password that is too short, too long or common, naming the field. */
export function assertAcceptablePassword(
  password: string,
  options: { path: string; locale: Locale; context?: string[] },
): void {
  const problem = passwordProblem(password, options.context);
  if (problem) {
    throw new AppError('validation_failed', [
      { path: options.path, message: messages[options.locale][problem] },
    ]);
  }
}
