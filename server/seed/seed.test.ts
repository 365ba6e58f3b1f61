import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../common/roles';
import { buildApp } from '../app';
import { testConfig } from '../config';
import type { Database } from '../db/client';
import {
  apartments,
  areas,
  buildings,
  entrances,
  memberships,
  organizationPrivacy,
  organizations,
  users,
} from '../db/schema';
import { passwordProblem, verifyPassword } from '../platform/auth/passwords';
import { resolveDemoMode } from '../platform/demo-mode';
import { openScratchDatabase } from '../testing/scratch-database';
import { seedIfEmpty } from './seed';
import { demoPassword } from './users';

// The seed only runs on an empty database, so this test gets its own: in-memory PGlite, or a
// scratch database on the PostgreSQL server when DATABASE_URL is set.
let scratch: Awaited<ReturnType<typeof openScratchDatabase>> | undefined;
let database: Database;

beforeAll(async () => {
  scratch = await openScratchDatabase('trygg_seed_test');
  database = scratch.database;
});

afterAll(async () => {
  await scratch?.close();
});

const countRows = async (
  table: 'buildings' | 'entrances' | 'apartments' | 'users' | 'memberships' | 'reports',
) => {
  const result = (await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as {
    rows: { n: number }[];
  };
  return Number(result.rows[0].n);
};

describe('demo seed', () => {
  it('creates two organizations with four areas each, every role and a user in both', async () => {
    expect(await resolveDemoMode(database.db, testConfig())).toBe(false);
    const result = await seedIfEmpty(database.db);
    expect(result.created).toBe(true);
    // Seeded as a demo: a demo installation on this and every later start.
    expect(await resolveDemoMode(database.db, testConfig())).toBe(true);
    const { db } = database;
    const orgs = await db.select().from(organizations);
    expect(orgs.map((o) => o.name).sort()).toEqual(['Botkyrkabyggen', 'Helsingborgshem']);
    expect(orgs.every((o) => o.requireTwoFactor === false)).toBe(true);
    // The privacy notice names each company as controller, with its DPO.
    const privacy = await database.db.select().from(organizationPrivacy);
    expect(privacy.map((p) => p.controllerName).sort()).toEqual(['AB Botkyrkabyggen', 'AB Helsingborgshem']);
    expect(privacy.every((p) => p.publicSector && p.dpoEmail.startsWith('dataskyddsombud@'))).toBe(true);
    const areaNames = (await db.select().from(areas)).map((a) => a.name).sort();
    expect(areaNames).toEqual([
      'Alby',
      'Dalhem',
      'Drottninghög',
      'Fittja',
      'Fredriksdal',
      'Hallunda',
      'Husensjö',
      'Norsborg',
    ]);
    for (const org of orgs) {
      const held = await db.select().from(memberships).where(eq(memberships.organizationId, org.id));
      expect(new Set(held.map((m) => m.role))).toEqual(new Set(roles));
    }
    const shared = await db
      .select()
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, 'strateg@trygg.demo'));
    expect(shared).toHaveLength(2);
  });

  it('gives each area 4–8 buildings, each 2–4 entrances, each 6–12 apartments', async () => {
    const { db } = database;
    const areaRows = await db.select().from(areas);
    const buildingRows = await db.select().from(buildings);
    const entranceRows = await db.select().from(entrances);
    const apartmentRows = await db.select().from(apartments);
    for (const area of areaRows) {
      const inArea = buildingRows.filter((b) => b.areaId === area.id).length;
      expect(inArea).toBeGreaterThanOrEqual(4);
      expect(inArea).toBeLessThanOrEqual(8);
    }
    for (const building of buildingRows) {
      const inBuilding = entranceRows.filter((e) => e.buildingId === building.id).length;
      expect([2, 3, 4]).toContain(inBuilding);
    }
    for (const entrance of entranceRows) {
      const doors = apartmentRows.filter((a) => a.entranceId === entrance.id);
      expect(doors.length).toBeGreaterThanOrEqual(6);
      expect(doors.length).toBeLessThanOrEqual(12);
      expect(entrance.publicToken).toMatch(/^[\w-]{22}$/);
    }
    expect(apartmentRows.every((a) => /^1\d\d\d$/.test(a.doorNumber))).toBe(true);
    expect(apartmentRows.some((a) => /^BKB-\d{4}-[A-D]1\d{3}$/.test(a.objectId))).toBe(true);
  });

  it('draws the areas where they are, without overlapping, with buildings inside them', async () => {
    const areaRows = await database.db.select().from(areas);
    const fittja = areaRows.find((a) => a.name === 'Fittja');
    expect(fittja?.classification).toBe('sarskilt_utsatt');
    expect(((fittja?.minLat ?? 0) + (fittja?.maxLat ?? 0)) / 2).toBeCloseTo(59.247, 2);
    for (const a of areaRows) {
      const widthMetres =
        ((a.maxLon ?? 0) - (a.minLon ?? 0)) * 111_320 * Math.cos(((a.minLat ?? 0) * Math.PI) / 180);
      expect(widthMetres).toBeGreaterThan(400);
      expect(widthMetres).toBeLessThan(700);
      for (const b of areaRows.filter((other) => other.id !== a.id)) {
        const apart =
          (a.maxLon ?? 0) < (b.minLon ?? 0) ||
          (b.maxLon ?? 0) < (a.minLon ?? 0) ||
          (a.maxLat ?? 0) < (b.minLat ?? 0) ||
          (b.maxLat ?? 0) < (a.minLat ?? 0);
        expect(apart, `${a.name} overlaps ${b.name}`).toBe(true);
      }
    }
    for (const building of await database.db.select().from(buildings)) {
      const area = areaRows.find((a) => a.id === building.areaId);
      expect(building.lat).toBeGreaterThan(area?.minLat ?? 90);
      expect(building.lat).toBeLessThan(area?.maxLat ?? -90);
      expect(building.lon).toBeGreaterThan(area?.minLon ?? 180);
      expect(building.lon).toBeLessThan(area?.maxLon ?? -180);
    }
  });

  it('lets every printed login sign in with the printed password', async () => {
    const { logins } = await seedIfEmpty(database.db);
    expect(logins).toHaveLength(2 * roles.length + 1);
    for (const login of logins) {
      const [user] = await database.db.select().from(users).where(eq(users.email, login.email));
      expect(user, login.email).toBeDefined();
      expect(await verifyPassword(user.passwordHash, login.password)).toBe(true);
      expect(passwordProblem(login.password, [login.email, user.displayName])).toBeNull();
    }
    expect(logins.every((login) => login.password === demoPassword)).toBe(true);
  });

  it('lets the demo logins in through POST /api/session/login, with their organizations and roles', async () => {
    const app = await buildApp({ config: testConfig(), db: database.db });
    try {
      const { logins } = await seedIfEmpty(database.db);
      for (const [index, login] of logins.entries()) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/session/login',
          payload: { email: login.email, password: login.password },
          // A distinct address per login: the endpoint is rate-limited per client.
          remoteAddress: `10.0.0.${index + 1}`,
        });
        expect(response.statusCode, login.email).toBe(200);
        const view = response.json();
        expect(view.awaitingTwoFactor).toBe(false);
        expect(view.roles).toContain(login.role);
        expect(view.organizations).toHaveLength(login.organization === 'both' ? 2 : 1);
      }
    } finally {
      await app.close();
    }
  });

  it('scopes the area manager and the area host to two areas each', async () => {
    const scoped = await database.db
      .select({ role: memberships.role, allAreas: memberships.allAreas })
      .from(memberships)
      .where(eq(memberships.allAreas, false));
    expect(scoped.map((m) => m.role).sort()).toEqual([
      'area_manager',
      'area_manager',
      'field_staff',
      'field_staff',
    ]);
    const result = (await database.db.execute(
      sql`select membership_id, count(*)::int as n from membership_areas group by membership_id`,
    )) as { rows: { n: number }[] };
    expect(result.rows.map((r) => Number(r.n))).toEqual([2, 2, 2, 2]);
  });

  it('adds a year of plausible reports and work orders, ordered by id in time', async () => {
    const rows = (
      (await database.db.execute(sql`
        select r.id, r.status, r.created_at, r.first_response_at, r.closed_at, r.work_order_id,
               r.duplicate_of_id, r.restricted, r.tracking_code, c.key, w.status as work_order_status
        from reports r join report_categories c on c.organization_id = r.organization_id and c.id = r.category_id
        left join work_orders w on w.organization_id = r.organization_id and w.id = r.work_order_id
        order by r.id`)) as { rows: Record<string, unknown>[] }
    ).rows;
    expect(rows.length).toBeGreaterThan(2000);
    const times = rows.map((row) => new Date(row.created_at as string).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(330 * 24 * 3600 * 1000);
    const statuses = new Set(rows.map((row) => row.status));
    for (const status of ['new', 'accepted', 'in_progress', 'done', 'rejected', 'duplicate', 'forwarded']) {
      expect(statuses, status).toContain(status);
    }
    for (const row of rows) {
      expect(row.tracking_code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
      if (row.work_order_id) expect(row.work_order_status === 'done').toBe(row.status === 'done');
      if (row.status === 'duplicate') expect(row.duplicate_of_id).not.toBeNull();
      if (row.restricted) expect(row.work_order_id).toBeNull();
      if (row.closed_at) expect(row.closed_at >= (row.first_response_at as string)).toBe(true);
    }
    // Reports come steadily, not in a heap at the start of the seed: at most a few a day per organization.
    const lastDay = times.filter((time) => time > Math.max(...times) - 24 * 3600 * 1000).length;
    expect(lastDay).toBeLessThan(20);
    // Lighting is reported when it is dark: more in December than in June.
    const lightingIn = (month: number) =>
      rows.filter(
        (row) => row.key === 'lighting' && new Date(row.created_at as string).getUTCMonth() === month,
      ).length;
    expect(lightingIn(11)).toBeGreaterThan(lightingIn(5) * 2);
  });

  it('is idempotent: a second run creates nothing and still returns the logins', async () => {
    const before = await Promise.all(
      (['buildings', 'entrances', 'apartments', 'users', 'memberships', 'reports'] as const).map(countRows),
    );
    const again = await seedIfEmpty(database.db);
    expect(again.created).toBe(false);
    expect(again.logins.length).toBeGreaterThan(0);
    const after = await Promise.all(
      (['buildings', 'entrances', 'apartments', 'users', 'memberships', 'reports'] as const).map(countRows),
    );
    expect(after).toEqual(before);
  });
});
