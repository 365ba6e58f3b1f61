import { Open311Error } from './open311-error';
import { parseW3cDate } from './w3c-date';

const maxSpanMs = 90 * 24 * 60 * 60 * 1000;

function period(value: string | undefined, field: 'start_date' | 'end_date') {
  if (value === undefined) return undefined;
  const parsed = parseW3cDate(value);
  if (!parsed) throw new Open311Error(400, 'notADate', field);
  return parsed;
}

/**
 * The window of a list query. The specification's default is the most recent 90 days, and a
 * window may not span more than 90 days: with only one end given, the other is 90 days away.
 * A date names a whole period: start_date=2026-12 starts on 1 December, end_date=2026-12 ends
 * with its last day (the window's end is exclusive).
 */
export function dateRange(start: string | undefined, end: string | undefined, now = new Date()) {
  const from = period(start, 'start_date')?.start;
  const to = period(end, 'end_date')?.end;
  const endDate = to ?? (from ? new Date(from.getTime() + maxSpanMs) : now);
  const startDate = from ?? new Date(endDate.getTime() - maxSpanMs);
  if (startDate.getTime() > endDate.getTime()) throw new Open311Error(400, 'dateOrder', 'start_date');
  if (endDate.getTime() - startDate.getTime() > maxSpanMs)
    throw new Open311Error(400, 'dateSpan', 'end_date');
  return { start: startDate, end: endDate };
}
