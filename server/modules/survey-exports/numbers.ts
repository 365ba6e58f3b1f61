import type { Change, Figure } from '../../../common/contracts/survey-analysis';
import type { Locale } from '../../../common/roles';
import { suppressedMark } from './labels';

const decimal = (locale: Locale, value: number, digits: number) =>
  value.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** A 0–1 share as "78,3 %" (sv) or "78.3 %" (en); a suppressed one as "–". */
export const percent = (locale: Locale, share: number | null) =>
  share === null ? suppressedMark : `${decimal(locale, share * 100, 1)} %`;

/** A difference of shares in percentage points with its sign: "+4,2" or "−3,1". */
export const points = (locale: Locale, diff: number) => {
  const text = decimal(locale, Math.abs(diff) * 100, 1);
  if (text === decimal(locale, 0, 1)) return text;
  return `${diff > 0 ? '+' : '−'}${text}`;
};

/** A figure as one short text: "78,3 % (72,1–83,5)*" — the star marks an uncertain figure. */
export function figureText(locale: Locale, figure: Figure): string {
  if (figure.share === null || figure.low === null || figure.high === null) return suppressedMark;
  const interval = `${decimal(locale, figure.low * 100, 1)}–${decimal(locale, figure.high * 100, 1)}`;
  return `${percent(locale, figure.share)} (${interval})${figure.visibility === 'uncertain' ? '*' : ''}`;
}

export const countText = (figure: Figure) => (figure.n === null ? suppressedMark : String(figure.n));

export type ShownChange = NonNullable<Change>;
