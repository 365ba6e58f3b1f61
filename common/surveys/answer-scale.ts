import type { TenantText } from './question-types';

/**
 * The 4-point answer scale of the safety survey, as housing companies ask it: "mycket bra /
 * ganska bra / inte så bra / dålig", plus "vet ej / ej aktuellt". Published figures are the share
 * answering "mycket bra eller ganska bra" (Botkyrkabyggen's target: "andelen av hushåll som
 * svarar att tryggheten är mycket bra eller ganska bra ska vara 78 procent"), with "vet ej" left
 * out of the base. 1 is the best value, in the order the boxes are shown.
 *
 * sv and en are written by people; ar, so, fa and ti are MACHINE-DRAFTED and need review by a
 * native speaker before they are relied on.
 */
export const scaleValues = [1, 2, 3, 4] as const;
export type ScaleValue = (typeof scaleValues)[number];

/** "Vet ej / ej aktuellt": an answer, counted for response rates, but not in any share. */
export const dontKnow = 'dont_know';
export type DontKnow = typeof dontKnow;

export const scaleAnswers = [...scaleValues, dontKnow] as const;
export type ScaleAnswer = (typeof scaleAnswers)[number];

/** The two positive boxes ("top-2-box"): mycket bra and ganska bra. */
export const positiveScaleValues: readonly ScaleValue[] = [1, 2];

export function isPositive(answer: ScaleAnswer): boolean {
  return answer !== dontKnow && positiveScaleValues.includes(answer);
}

/** Whether an answer is in the base of a share (everything but "vet ej"). */
export function isInShareBase(answer: ScaleAnswer): answer is ScaleValue {
  return answer !== dontKnow;
}

export const scaleLabels: Readonly<Record<ScaleAnswer, TenantText>> = {
  1: {
    sv: 'Mycket bra',
    en: 'Very good',
    ar: 'جيد جدًا',
    so: 'Aad u wanaagsan',
    fa: 'خیلی خوب',
    ti: 'ኣዝዩ ጽቡቕ',
  },
  2: {
    sv: 'Ganska bra',
    en: 'Fairly good',
    ar: 'جيد إلى حد ما',
    so: 'Waxoogaa wanaagsan',
    fa: 'نسبتاً خوب',
    ti: 'ብመጠኑ ጽቡቕ',
  },
  3: {
    sv: 'Inte så bra',
    en: 'Not so good',
    ar: 'ليس جيدًا جدًا',
    so: 'Aan sidaa u wanaagsanayn',
    fa: 'نه چندان خوب',
    ti: 'ብዙሕ ጽቡቕ ኣይኮነን',
  },
  4: {
    sv: 'Dålig',
    en: 'Poor',
    ar: 'سيئ',
    so: 'Xun',
    fa: 'بد',
    ti: 'ሕማቕ',
  },
  dont_know: {
    sv: 'Vet ej / ej aktuellt',
    en: "Don't know / not applicable",
    ar: 'لا أعرف / لا ينطبق',
    so: 'Ma aqaan / igama khuseyso',
    fa: 'نمی‌دانم / مربوط نیست',
    ti: 'ኣይፈልጥን / ኣይምልከተንን',
  },
};
