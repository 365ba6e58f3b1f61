import { useTranslation } from 'react-i18next';
import type { Change, Figure } from './analysis-types';

/**
 * How survey figures read: a share with one decimal and its interval in whole percent,
 * "67,3 % (62–72)", and a change in percentage points with a sign, "+2,9 p.e.".
 */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const one = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 0 });
  const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(i18n.language, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const none = t('app.none');
  const share = (value: number | null | undefined) =>
    value === null || value === undefined
      ? none
      : t('surveyAnalysis.percent', { value: one.format(value * 100) });
  const figure = (value: Figure | null | undefined) => {
    if (!value || value.share === null) return none;
    if (value.low === null || value.high === null) return share(value.share);
    return t('surveyAnalysis.figure', {
      share: share(value.share),
      low: whole.format(value.low * 100),
      high: whole.format(value.high * 100),
    });
  };
  const pp = (diff: number) => t('surveyAnalysis.pp', { value: signed.format(diff * 100) });
  const points = (diff: number) => t('surveyAnalysis.pp', { value: one.format(diff * 100) });
  const change = (value: Change) =>
    value ? `${pp(value.diff)} (${t(`surveyAnalysis.verdicts.${value.verdict}`)})` : none;
  return { share, figure, pp, points, change, none, whole: (value: number) => whole.format(value) };
}
