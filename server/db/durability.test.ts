import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../platform/ids';
import { openDatabase } from './client';
import { areas, organizations } from './schema';

const dataDir = mkdtempSync(path.join(tmpdir(), 'trygg-durability-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the child until it reports an open transaction, then kills it with SIGKILL. */
function runAndKill(organizationId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(import.meta.dirname, '../testing/crash-child.ts'),
        dataDir,
        organizationId,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('in-transaction')) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited ${signal}`)),
    );
  });
}

describe('database durability', () => {
  it('keeps committed rows and drops an open transaction when the process is killed with -9', async () => {
    const organizationId = newId();
    await runAndKill(organizationId);
    const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir });
    if (database.kind === 'pglite') await database.migrate();
    const orgs = await database.db.select().from(organizations).where(eq(organizations.id, organizationId));
    const halfImported = await database.db
      .select()
      .from(areas)
      .where(eq(areas.organizationId, organizationId));
    await database.close();
    expect(orgs).toHaveLength(1);
    expect(halfImported).toHaveLength(0);
  }, 60_000);
});
