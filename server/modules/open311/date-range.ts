import { Open311Error } from './open311-error';

const maxSpanMs = 90 * 24 * 60 * 60 * 1000;

/**
 * The window of a list query. The specification's default is the most recent 90 days, and a
 * window may not span more than 90 days: with only one end given, the other is 90 days away.
 */
export function dateRange(start: string | undefined, end: string | undefined, now = new Date()) {
  const endDate = end ? new Date(end) : start ? new Date(new Date(start).getTime() + maxSpanMs) : now;
  const startDate = start ? new Date(start) : new Date(endDate.getTime() - maxSpanMs);
  if (startDate.getTime() > endDate.getTime()) throw new Open311Error(400, 'dateOrder', 'start_date');
  if (endDate.getTime() - startDate.getTime() > maxSpanMs)
    throw new Open311Error(400, 'dateSpan', 'end_date');
  return { start: startDate, end: endDate };
}
