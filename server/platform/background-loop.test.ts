import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackgroundLoop } from './background-loop';

afterEach(() => {
  vi.useRealTimers();
});

const lost = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('a background loop', () => {
  it('backs off while its task fails, logs each failure, and returns to its pace once it succeeds', async () => {
    vi.useFakeTimers();
    const log = { warn: vi.fn(), info: vi.fn() };
    const runs: number[] = [];
    let failing = 4;
    const loop = startBackgroundLoop(
      'test loop',
      250,
      async () => {
        runs.push(Date.now());
        if (failing-- > 0) throw lost();
      },
      log,
    );
    await vi.advanceTimersByTimeAsync(250 + 1_000 + 2_000 + 4_000 + 8_000 + 250 + 250);
    loop.stop();
    const gaps = runs.slice(1).map((at, i) => at - runs[i]);
    expect(gaps).toEqual([1_000, 2_000, 4_000, 8_000, 250, 250]);
    expect(log.warn).toHaveBeenCalledTimes(4);
    expect(log.warn.mock.calls[0][1]).toBe('test loop: database unavailable, trying again later');
    expect(log.warn.mock.calls[3][0]).toMatchObject({ failures: 4, retryInMs: 8_000 });
    expect(log.info).toHaveBeenCalledWith({ loop: 'test loop', failures: 4 }, 'test loop: running again');
  });

  it('waits at most a minute between tries, and stops when told', async () => {
    vi.useFakeTimers();
    const log = { warn: vi.fn(), info: vi.fn() };
    let runs = 0;
    const loop = startBackgroundLoop(
      'hourly',
      60 * 60_000,
      async () => {
        runs++;
        throw lost();
      },
      log,
      0,
    );
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(log.warn.mock.calls.at(-1)?.[0]).toMatchObject({ retryInMs: 60_000 });
    loop.stop();
    const stoppedAt = runs;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(runs).toBe(stoppedAt);
  });
});
