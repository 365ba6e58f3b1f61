import type { FastifyBaseLogger } from 'fastify';
import { isDatabaseUnavailable } from '../db/connection-errors';

export type BackgroundLoop = { stop(): void };

/** The first retry after a failed run, doubled after each failure in a row up to the longest. */
const firstRetryMs = 1_000;
const longestRetryMs = 60_000;

/**
 * Runs `task` every `everyMs` (the first run after `firstInMs`, one interval unless told), one run at a time, in the background of
 * the server process. A run that fails — the database away for a restart or failover — is logged
 * and tried again after 1 s, 2 s, 4 s … up to a minute, so the loop neither hammers an absent
 * database four times a second nor waits its whole interval once it is back; the first run that
 * succeeds again is logged and the loop returns to its pace. It never throws: nothing a loop
 * meets can end the process.
 */
export function startBackgroundLoop(
  name: string,
  everyMs: number,
  task: () => Promise<unknown>,
  log: Pick<FastifyBaseLogger, 'warn' | 'info'>,
  firstInMs = everyMs,
): BackgroundLoop {
  let failures = 0;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const schedule = (delayMs: number) => {
    if (!stopped) timer = setTimeout(run, delayMs).unref();
  };
  const run = async () => {
    try {
      await task();
      if (failures > 0) log.info({ loop: name, failures }, `${name}: running again`);
      failures = 0;
      schedule(everyMs);
    } catch (error) {
      failures++;
      const retryInMs = Math.min(longestRetryMs, firstRetryMs * 2 ** (failures - 1));
      const reason = isDatabaseUnavailable(error) ? 'database unavailable' : 'failed';
      log.warn({ err: error, loop: name, failures, retryInMs }, `${name}: ${reason}, trying again later`);
      schedule(retryInMs);
    }
  };
  schedule(firstInMs);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
