import type { FastifyBaseLogger } from 'fastify';
import type { Tx } from '../../db/client';
import { type BackgroundLoop, startBackgroundLoop } from '../../platform/background-loop';
import { flushSurveyBuffer } from './sheet-buffer-flush';

/**
 * Looks at the survey mixing buffer every second and stores its sheets when k wait or one has
 * waited its random delay (sheet-buffer-flush.ts). The sheets wait in the database meanwhile, so
 * a restart loses none; the job queue may take this over (flushSurveyBuffer is a plain function).
 */
export function startSurveyBufferFlush(
  db: Tx,
  minBatch: number,
  log: Pick<FastifyBaseLogger, 'warn' | 'info'>,
): BackgroundLoop {
  return startBackgroundLoop(
    'survey sheet buffer',
    1_000,
    () => flushSurveyBuffer(db, { minBatch, log }),
    log,
  );
}
