import { ApiError } from '../api';

export type SubmitOutcome<Receipt> =
  | { kind: 'received'; receipt: Receipt }
  | { kind: 'refused'; error: ApiError };
export type WaitReason = 'offline' | 'server';

/** Resolves after `ms`, or at once when the browser says it is online again. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
  });
}

/**
 * Sends until the server answers. A lost connection or a 5xx is retried with backoff (1 s
 * doubling to 30 s, and at once on the `online` event) with the same request, whose client-made
 * id lets the server answer a repeat with the first receipt. A 4xx is the user's to fix.
 */
export async function submitUntilAnswered<Receipt>(
  send: () => Promise<Receipt>,
  onWait: (reason: WaitReason) => void,
): Promise<SubmitOutcome<Receipt>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return { kind: 'received', receipt: await send() };
    } catch (error) {
      const retryable = !(error instanceof ApiError) || error.status >= 500 || error.status === 408;
      if (!retryable) return { kind: 'refused', error };
      onWait(error instanceof ApiError ? 'server' : 'offline');
      await pause(Math.min(30_000, 1000 * 2 ** attempt));
    }
  }
}
