import { type SQL, sql } from 'drizzle-orm';
import type { PeriodFrame } from '../../../common/contracts/survey-analysis';
import type { Locale } from '../../../common/roles';
import type { AnalysisFrame, AnalysisWave } from './context';

/**
 * Periods figures are computed for. By wave, a continuous survey is one period like any wave. By
 * month, each continuous survey is split into its calendar months, each a period with the id
 * `<wave id>:<YYYY-MM>` — the rollups are kept per month, so a month costs no more than a wave.
 * Every service that takes a wave id takes such a month id too.
 */

const monthId = /^(.{36}):(\d{4})-(\d{2})$/;

/** The wave and first day of month of a month period id; null for a plain wave id. */
export function monthOfPeriod(id: string): { waveId: string; month: string } | null {
  const match = monthId.exec(id);
  return match ? { waveId: match[1], month: `${match[2]}-${match[3]}-01` } : null;
}

/** The frame a request asks for: by month when told so, or when it names a month period. */
export const frameOf = (by: PeriodFrame | undefined, periodId?: string): PeriodFrame =>
  by ?? (periodId && monthOfPeriod(periodId) ? 'month' : 'wave');

/** At most this many months back from today are offered per continuous survey. */
const maxMonths = 36;

/** The months of a continuous survey, from its start to its end or this month, oldest first. */
export function monthPeriods(wave: AnalysisWave, locale: Locale, today = new Date()): AnalysisWave[] {
  const [startYear, startMonth] = wave.startsOn.split('-').map(Number);
  const end = wave.endsOn && wave.endsOn < isoDay(today) ? wave.endsOn : isoDay(today);
  const [endYear, endMonth] = end.split('-').map(Number);
  const first = Math.max(startYear * 12 + startMonth - 1, endYear * 12 + endMonth - maxMonths);
  const names = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const months: AnalysisWave[] = [];
  for (let index = first; index <= endYear * 12 + endMonth - 1; index++) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const mm = String(month).padStart(2, '0');
    months.push({
      ...wave,
      id: `${wave.id}:${year}-${mm}`,
      name: `${wave.name}, ${names.format(Date.UTC(year, month - 1, 1))}`,
      kind: 'month',
      year,
      month,
      startsOn: `${year}-${mm}-01`,
    });
  }
  return months;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The frame with its periods: the waves as they are, or the months of its continuous surveys. */
export function inPeriods(frame: AnalysisFrame, by: PeriodFrame, locale: Locale): AnalysisFrame {
  if (by === 'wave') return frame;
  const waves = frame.waves
    .filter((wave) => wave.kind === 'continuous')
    .flatMap((wave) => monthPeriods(wave, locale));
  return { ...frame, by, waves };
}

/** The period key of a rollup or response row: its wave, or its wave and month. */
export const periodKeySql = (by: PeriodFrame, wave: SQL, month: SQL): SQL =>
  by === 'month' ? sql`(${wave}::text || ':' || to_char(${month}, 'YYYY-MM'))` : sql`${wave}::text`;

/** `wave = … [and month = …]` for one period id. */
export function periodCondition(periodId: string, wave: SQL, month: SQL): SQL {
  const period = monthOfPeriod(periodId);
  if (!period) return sql`${wave} = ${periodId}::uuid`;
  return sql`${wave} = ${period.waveId}::uuid and ${month} = ${period.month}::date`;
}
