import type { ChangeVerdict } from './verdict';

/** The verdicts in words, for tables, exports and PDF reports (staff languages). */
export const changeVerdictWords: Readonly<Record<'sv' | 'en', Readonly<Record<ChangeVerdict, string>>>> = {
  sv: {
    certain_increase: 'säker ökning',
    no_certain_change: 'ingen säker förändring',
    certain_decrease: 'säker minskning',
  },
  en: {
    certain_increase: 'certain increase',
    no_certain_change: 'no certain change',
    certain_decrease: 'certain decrease',
  },
};
