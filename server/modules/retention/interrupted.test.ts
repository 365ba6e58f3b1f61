import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { photos, reports } from '../../db/schema';
import { newId } from '../../platform/ids';
import { testApp } from '../../testing/test-app';
import { reportingOrganization } from '../reports/test-setup';
import { closeReportAgo, runRetentionOn, runsOf } from './testing';

beforeAll(() => testApp());

/** Five reports closed 30 months ago, each with one stored photo. */
async function oldReportsWithPhotos() {
  const app = await testApp();
  const org = await reportingOrganization(app);
  const keys: string[] = [];
  for (let i = 0; i < 5; i++) {
    const report = await org.report({ description: `Broken lamp ${i}` });
    await closeReportAgo(app, org.organizationId, report.id, 30);
    const key = `${org.organizationId}/${newId()}.jpg`;
    await app.storage.put(key, Buffer.from(`photo ${i}`), 'image/jpeg');
    await app.db.insert(photos).values({
      organizationId: org.organizationId,
      id: newId(),
      ownerType: 'report',
      ownerId: report.id,
      storageKey: key,
      contentType: 'image/jpeg',
      width: 1,
      height: 1,
      bytes: 7,
    });
    keys.push(key);
  }
  const texts = async () =>
    (await app.db.select().from(reports).where(eq(reports.organizationId, org.organizationId))).map(
      (row) => row.description,
    );
  const photoCount = async () =>
    (
      await app.db
        .select()
        .from(photos)
        .where(and(eq(photos.organizationId, org.organizationId)))
    ).length;
  const filesLeft = async () =>
    (await Promise.all(keys.map((key) => app.storage.get(key)))).filter(Boolean).length;
  return { app, org, texts, photoCount, filesLeft };
}

describe('a retention run killed half-way', () => {
  it('leaves whole batches done, and a rerun completes the rest without counting anything twice', async () => {
    const { app, org, texts, photoCount, filesLeft } = await oldReportsWithPhotos();
    let batches = 0;
    const killAfterFirstBatch = (kind: string, organizationId: string | null) => {
      if (kind === 'report_texts' && organizationId === org.organizationId && ++batches === 1)
        throw new Error('killed');
    };
    await expect(
      runRetentionOn(app, [org.organizationId], { batchSize: 2, afterBatch: killAfterFirstBatch }),
    ).rejects.toThrow('killed');
    // One batch of two reports done, whole: texts, photo rows and files; the other three untouched.
    expect((await texts()).filter((text) => text === '')).toHaveLength(2);
    expect(await photoCount()).toBe(3);
    expect(await filesLeft()).toBe(3);
    const [killed] = await runsOf(app, org.organizationId, 'report_texts');
    expect(killed).toMatchObject({ rows: 4, finishedAt: null, error: 'killed' });

    await runRetentionOn(app, [org.organizationId], { batchSize: 2 });
    expect(await texts()).toEqual(['', '', '', '', '']);
    expect(await photoCount()).toBe(0);
    expect(await filesLeft()).toBe(0);
    const runs = await runsOf(app, org.organizationId, 'report_texts');
    // 5 reports and 5 photo rows changed in all, across the two runs: nothing twice.
    expect(runs.reduce((sum, run) => sum + run.rows, 0)).toBe(10);
    expect(runs.at(-1)?.finishedAt).toBeInstanceOf(Date);

    await runRetentionOn(app, [org.organizationId], { batchSize: 2 });
    expect((await runsOf(app, org.organizationId, 'report_texts')).at(-1)?.rows).toBe(0);
  });

  it('finishes a report whose files were deleted but whose rows were not (killed between the two)', async () => {
    const { app, org, texts, photoCount } = await oldReportsWithPhotos();
    // The state a kill leaves after the files went and before the transaction committed.
    const [first] = await app.db.select().from(photos).where(eq(photos.organizationId, org.organizationId));
    await app.storage.delete(first?.storageKey as string);
    await runRetentionOn(app, [org.organizationId]);
    expect(await texts()).toEqual(['', '', '', '', '']);
    expect(await photoCount()).toBe(0);
  });

  it('stops between batches when the server stops, and the next run does the rest', async () => {
    const { app, org, texts } = await oldReportsWithPhotos();
    const stopping = new AbortController();
    await expect(
      runRetentionOn(app, [org.organizationId], {
        batchSize: 2,
        signal: stopping.signal,
        afterBatch: (kind, organizationId) => {
          if (kind === 'report_texts' && organizationId === org.organizationId) stopping.abort();
        },
      }),
    ).rejects.toThrow('server stopping');
    expect((await texts()).filter((text) => text === '')).toHaveLength(2);
    await runRetentionOn(app, [org.organizationId]);
    expect(await texts()).toEqual(['', '', '', '', '']);
  });
});
