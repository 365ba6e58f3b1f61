/** What one counted request learned of its limit, for the X-RateLimit-* headers. */
export type WindowCount = {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetSeconds: number;
  /** Undoes this count (a request that turned out not to deserve one); a no-op once the window ended. */
  refund: () => void;
};

/**
 * At most `max` requests per key in each fixed window, counted in memory. Our own counter
 * rather than @fastify/rate-limit's: that plugin applies only the first of its limiters that runs
 * for a request, and cannot give a count back. A refused request is not counted, so a client
 * over its limit is not kept there by its own retries. The counts are dropped as each window
 * ends, so memory holds one window's keys.
 */
export function fixedWindow(max: number, windowMs: number) {
  let windowEnd = 0;
  let counts = new Map<string, number>();
  return (key: string): WindowCount => {
    const now = Date.now();
    if (now >= windowEnd) {
      windowEnd = now + windowMs;
      counts = new Map();
    }
    const window = counts;
    const used = window.get(key) ?? 0;
    const allowed = used < max;
    if (allowed) window.set(key, used + 1);
    const refund = () => {
      const count = window.get(key) ?? 0;
      if (allowed && count > 0) window.set(key, count - 1);
    };
    return {
      allowed,
      limit: max,
      remaining: Math.max(0, max - used - (allowed ? 1 : 0)),
      resetSeconds: Math.ceil((windowEnd - now) / 1000),
      refund,
    };
  };
}
