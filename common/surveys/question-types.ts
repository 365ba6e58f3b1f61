import type { TenantLocale } from '../reporting';

/**
 * The shapes of a survey question as the default questionnaire defines it. The Zod contract for
 * questions an organization writes itself is common/contracts/survey-questions.ts; it is looser
 * (only sv is required there), and every default question passes it.
 */

/** scale: the 4-point scale plus "vet ej" · choice: one of fixed options · text: free text ·
 * map_points: places the tenant marks on the area map. */
export const questionKinds = ['scale', 'choice', 'text', 'map_points'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** Where a question sits in the questionnaire and in results; also the order they are asked in. */
export const questionSections = [
  'personal_safety',
  'burglary',
  'environment',
  'neighbours',
  'landlord',
  'open',
  'background',
] as const;
export type QuestionSection = (typeof questionSections)[number];

/** What a tenant reads: every tenant language. */
export type TenantText = Readonly<Record<TenantLocale, string>>;
/** What only staff read (labels in tables, charts, exports): the staff languages. */
export type StaffText = Readonly<{ sv: string; en: string }>;

type QuestionBase = {
  /** Stable across waves and organizations: answers, indexes and benchmarks refer to it. */
  readonly key: string;
  readonly section: QuestionSection;
  /** The question as the tenant reads it. */
  readonly prompt: TenantText;
  /** A short name for results and exports. */
  readonly label: StaffText;
  /** Every default question may be skipped: a survey is voluntary, and paper and imported
   * answers often leave items blank. */
  readonly required: boolean;
};

export type ScaleQuestion = QuestionBase & { readonly kind: 'scale' };

export type ChoiceOption = { readonly key: string; readonly label: TenantText };
export type ChoiceQuestion = QuestionBase & {
  readonly kind: 'choice';
  readonly multiple: boolean;
  readonly options: readonly ChoiceOption[];
};

export type TextQuestion = QuestionBase & {
  readonly kind: 'text';
  readonly maxLength: number;
  readonly hint: TenantText;
};

export type MapPointsQuestion = QuestionBase & {
  readonly kind: 'map_points';
  readonly maxPoints: number;
  readonly hint: TenantText;
};

export type DefaultQuestion = ScaleQuestion | ChoiceQuestion | TextQuestion | MapPointsQuestion;
