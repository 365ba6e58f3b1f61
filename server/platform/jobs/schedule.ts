/**
 * When a recurring job runs: every so many seconds, or daily at a Swedish wall-clock time (the
 * 07:00 report is at 07:00 in Stockholm, summer and winter alike).
 */
export type JobSchedule = { everySeconds: number } | { dailyAt: string };

const zone = 'Europe/Stockholm';

/** Minutes the Stockholm clock is ahead of UTC at `at` (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The first time after `after` the schedule says to run. */
export function nextRunAt(schedule: JobSchedule, after: Date): Date {
  if ('everySeconds' in schedule) return new Date(after.getTime() + schedule.everySeconds * 1000);
  const [hours, minutes] = schedule.dailyAt.split(':').map(Number) as [number, number];
  const local = new Date(after.getTime() + stockholmOffsetMinutes(after) * 60_000);
  for (let day = 0; day <= 2; day++) {
    const wall = Date.UTC(
      local.getUTCFullYear(),
      local.getUTCMonth(),
      local.getUTCDate() + day,
      hours,
      minutes,
    );
    // The offset at the candidate itself (a day may cross a daylight-saving change).
    const candidate = new Date(wall - stockholmOffsetMinutes(new Date(wall - 60 * 60_000)) * 60_000);
    if (candidate > after) return candidate;
  }
  throw new Error(`no next time for ${schedule.dailyAt}`);
}
