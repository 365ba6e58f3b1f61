import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AreaDetail, Overview } from '../../../common/contracts/survey-analysis';
import { seedIfEmpty } from '../../seed/seed';
import { type Client, clientFor } from '../../testing/factories';
import { scratchApp } from './test-scratch-app';

// The published figures (server/seed/survey-figures.test.ts, ../shared/domain.md) read through
// this API from the seeded demo, whose rollups were rebuilt from its raw answers.
let scratch: Awaited<ReturnType<typeof scratchApp>>;
beforeAll(async () => {
  scratch = await scratchApp('trygg_survey_analysis_demo_test');
  await seedIfEmpty(scratch.database.db);
}, 120_000);
afterAll(async () => scratch?.close());

async function coordinatorOf(email: string): Promise<Client> {
  const result = (await scratch.app.db.execute(sql`
    select u.id as user_id, m.organization_id from users u
      join memberships m on m.user_id = u.id where u.email = ${email}`)) as {
    rows: { user_id: string; organization_id: string }[];
  };
  const [row] = result.rows;
  return clientFor(scratch.app, row.user_id, row.organization_id);
}

describe('survey analysis on the demo data', () => {
  it('gives Helsingborgshem 57.0 % → 67.0 % on the trygghetsindex, Drottninghög 46.0 % → 64.0 %', async () => {
    const client = await coordinatorOf('samordnare@helsingborgshem.demo');
    const overview: Overview = (
      await client.get('/api/survey-analysis/overview?measure=trygghetsindex')
    ).json();
    expect(overview.waves.slice(0, 3).map((w) => w.year)).toEqual([2018, 2019, 2020]);
    const organization = overview.organization.cells.map((cell) => cell.figure.share);
    expect(organization[0]).toBeCloseTo(0.57, 3);
    expect(organization[2]).toBeCloseTo(0.67, 3);
    expect(overview.organization.cells[2].change?.verdict).toBe('certain_increase');
    const drottninghog = overview.rows.find((row) => row.areaName === 'Drottninghög');
    expect(drottninghog?.cells[0].figure.share).toBeCloseTo(0.46, 3);
    expect(drottninghog?.cells[2].figure.share).toBeCloseTo(0.64, 3);
    expect(drottninghog?.cells[2].figure.visibility).toBe('shown');
  });

  it('gives Botkyrkabyggen Alby +5.7 pp on evening safety and progress against the 78 % target', async () => {
    const client = await coordinatorOf('samordnare@botkyrkabyggen.demo');
    const overview: Overview = (await client.get('/api/survey-analysis/overview')).json();
    const fittja = overview.rows.find((row) => row.areaName === 'Fittja');
    expect(fittja?.cells[1].change?.diff).toBeCloseTo(0.07, 3);
    expect(fittja?.cells[1].change?.verdict).toBe('no_certain_change');
    expect(fittja?.target).toEqual({ year: 2019, share: 0.78 });
    expect(fittja?.progress).toBeCloseTo((fittja?.cells[1].figure.share ?? 0) / 0.78, 12);
    const albyId = overview.rows.find((row) => row.areaName === 'Alby')?.areaId;
    // The 2019 wave: the demo's later continuous survey has too few answers in Alby to show.
    const wave2019 = overview.waves.find((wave) => wave.year === 2019)?.id;
    const albyResponse = await client.get(`/api/survey-analysis/areas/${albyId}?waveId=${wave2019}`);
    expect(albyResponse.statusCode, albyResponse.body.slice(0, 500)).toBe(200);
    const alby: AreaDetail = albyResponse.json();
    const evening = alby.measures.find((m) => m.key === 'safety_evening_area');
    expect(evening?.change?.diff).toBeCloseTo(0.057, 3);
    expect(alby.breakdowns.find((b) => b.group === 'age')?.parts.length).toBeGreaterThanOrEqual(5);
  });
});
