/**
 * W3C-DTF (https://www.w3.org/TR/NOTE-datetime), the date format of GeoReport v2: YYYY,
 * YYYY-MM, YYYY-MM-DD, or a date with hh:mm, hh:mm:ss or hh:mm:ss.s and a zone (Z or ±hh:mm).
 */
const pattern =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** The span a value names: an instant for a time, the whole year, month or day for a date. */
export type W3cPeriod = { start: Date; end: Date };

const zoneMinutes = (zone: string): number => {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
};

/**
 * The period a W3C-DTF value names, or null when it is not one (or not a real date). Dates
 * without a time have no zone in W3C-DTF; they are read as UTC days.
 */
export function parseW3cDate(value: string): W3cPeriod | null {
  const match = pattern.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const y = Number(year);
  const m = month ? Number(month) - 1 : 0;
  const d = day ? Number(day) : 1;
  const start = new Date(Date.UTC(y, m, d, Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0)));
  start.setUTCFullYear(y); // Date.UTC reads years 0–99 as 1900–1999.
  // Rolled over (month 13, 31 April, 25:00): not a real date.
  if (start.getUTCMonth() !== m || start.getUTCDate() !== d) return null;
  if (
    hour !== undefined &&
    (start.getUTCHours() !== Number(hour) || start.getUTCMinutes() !== Number(minute))
  )
    return null;
  if (second !== undefined && start.getUTCSeconds() !== Number(second)) return null;
  if (zone === undefined) {
    const end = new Date(start);
    if (!month) end.setUTCFullYear(y + 1);
    else if (!day) end.setUTCMonth(m + 1);
    else end.setUTCDate(d + 1);
    return { start, end };
  }
  const offset = zoneMinutes(zone);
  if (Math.abs(offset) > 14 * 60) return null;
  const instant = new Date(start.getTime() - offset * 60_000 + Math.round(Number(fraction ?? 0) * 1000));
  return { start: instant, end: instant };
}
