import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq, inArray } from 'drizzle-orm';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, stopProcess, waitForHealth } from '../../e2e/harness/server';
import { submission } from '../modules/public-reports/test-public';
import { sheet, surveySetup } from '../modules/public-surveys/test-surveys';
import { scratchApp } from '../modules/survey-analysis/test-scratch-app';
import { newSurveyCode, surveyCodeHash } from '../modules/surveys/codes';
import { submissionHash } from '../modules/surveys/record-response';
import { flushSurveyBuffer } from '../modules/surveys/sheet-buffer-flush';
import { createSession, resolveSession } from '../platform/auth/sessions';
import { newId } from '../platform/ids';
import { startTcpProxy, type TcpProxy } from '../testing/tcp-proxy';
import { reports, surveyCodes, surveyResponses, surveyRollupPending, workOrders } from './schema';

/**
 * The real server (server/main.ts, a child process) on PostgreSQL while its database connections
 * are terminated under load, and while the database is unreachable for a moment (a TCP relay in
 * front of PostgreSQL is cut). It must live on, answer what failed with 503 and Retry-After, lose
 * no write it acknowledged, and serve again as soon as the database is back.
 */
const url = process.env.DATABASE_URL;
const root = path.resolve(import.meta.dirname, '../..');
/** How the server's connections are told apart from the test's own in pg_stat_activity. */
const applicationName = `trygg_lost_connection_${process.pid}`;

type Scene = Awaited<ReturnType<typeof surveySetup>>;
type Outcome = { ok: number; unavailable: number; wrong: string[] };

let scratch: Awaited<ReturnType<typeof scratchApp>>;
let scene: Scene;
let proxy: TcpProxy;
let child: ChildProcess;
let output = '';
let baseUrl: string;
let staffHeaders: Record<string, string>;
const codes: string[] = [];
const dataDir = mkdtempSync(path.join(tmpdir(), 'trygg-lost-connection-'));

/** The server's URL to the scratch database, through the relay, under its own application name. */
function serverDatabaseUrl(scratchUrl: string): string {
  const target = new URL(scratchUrl);
  target.hostname = '127.0.0.1';
  target.port = String(proxy.port);
  target.searchParams.set('application_name', applicationName);
  return target.toString();
}

async function startServer(databaseUrl: string) {
  const port = await freePort();
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      PUBLIC_REPORTS_PER_MINUTE: '1000000',
      PUBLIC_SURVEY_RESPONSES_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(`${baseUrl}/api/health`, 60_000, () => child.exitCode !== null);
}

const alive = () => child.exitCode === null && child.signalCode === null;
/** The end of what the server printed, for a failure message. */
const printed = () => output.slice(-4000);

/**
 * Sends one request and files its outcome: 2xx, 503 with Retry-After, or anything else (wrong).
 * Returns the answer's JSON when it succeeded (what was made), else null.
 */
async function send(
  outcome: Outcome,
  method: string,
  route: string,
  body?: unknown,
  staff = false,
): Promise<{ id?: string } | null> {
  try {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(staff ? staffHeaders : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.ok) {
      outcome.ok++;
      return text ? JSON.parse(text) : {};
    }
    if (response.status === 503 && response.headers.get('retry-after')) outcome.unavailable++;
    else outcome.wrong.push(`${method} ${route}: ${response.status} ${text.slice(0, 200)}`);
  } catch (error) {
    outcome.wrong.push(`${method} ${route}: ${(error as Error).message} ${String((error as Error).cause)}`);
  }
  return null;
}

/** What each kind of traffic sent, and the ids of the writes the server acknowledged. */
const load = () => ({
  outcome: { ok: 0, unavailable: 0, wrong: [] } as Outcome,
  reports: [] as string[],
  answers: [] as string[],
  paper: [] as string[],
  workOrders: [] as string[],
});
type Load = ReturnType<typeof load>;

/** One round of every kind of traffic: reports, survey answers, staff reads and writes. */
function traffic(done: Load): (() => Promise<unknown>)[] {
  const { outcome } = done;
  const slug = `org-${scene.organizationId}`;
  return [
    async () => {
      const report = submission(slug);
      if (await send(outcome, 'POST', '/api/public/reports', report)) done.reports.push(report.id);
    },
    async () => {
      const code = codes.pop();
      if (!code) return;
      const answer = { ...sheet(), code };
      if (await send(outcome, 'POST', '/api/public/surveys/responses', answer))
        done.answers.push(answer.submissionId);
    },
    () => send(outcome, 'GET', '/api/reports', undefined, true),
    () => send(outcome, 'GET', `/api/survey-waves/${scene.wave.id}`, undefined, true),
    async () => {
      const workOrder = { pillar: 'physical', title: 'Byt lampa', areaId: scene.areaId };
      const created = await send(outcome, 'POST', '/api/work-orders', workOrder, true);
      if (created?.id) done.workOrders.push(created.id);
    },
    async () => {
      const paper = { submissionId: uuidv7(), answers: { safety_evening_area: 2 }, areaId: scene.areaId };
      if (await send(outcome, 'POST', `/api/survey-waves/${scene.wave.id}/paper-responses`, paper, true))
        done.paper.push(paper.submissionId);
    },
  ];
}

/** Runs `workers` loops of the traffic until `until()` says stop. */
async function runLoad(done: Load, workers: number, until: () => boolean) {
  const kinds = traffic(done);
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = worker; !until() && alive(); i++) await kinds[i % kinds.length]();
    }),
  );
}

/** Terminates every backend of the server; returns how many there were. */
async function terminateServerConnections(admin: pg.Client): Promise<number> {
  const result = await admin.query(
    `select count(*) filter (where pg_terminate_backend(pid))::int as ended
       from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()`,
    [applicationName],
  );
  return Number(result.rows[0].ended);
}

/** The acknowledged writes that are not in the database (empty when none was lost). */
async function lostWrites(done: Load) {
  const db = scratch.database.db;
  // Acknowledged answer sheets may still wait in the mixing buffer: store them first.
  await flushSurveyBuffer(db, { minBatch: 1, force: true });
  const found = async (ids: string[], query: (ids: string[]) => Promise<{ id: string }[]>) => {
    if (ids.length === 0) return [];
    const stored = new Set((await query(ids)).map((row) => row.id));
    return ids.filter((id) => !stored.has(id));
  };
  const byHash = (ids: string[]) => {
    const hashes = new Map(ids.map((id) => [submissionHash(id), id]));
    return async () =>
      (
        await db
          .select({ hash: surveyResponses.submissionHash })
          .from(surveyResponses)
          .where(inArray(surveyResponses.submissionHash, [...hashes.keys()]))
      ).map((row) => ({ id: hashes.get(row.hash ?? '') ?? '' }));
  };
  return {
    reports: await found(done.reports, (ids) =>
      db.select({ id: reports.id }).from(reports).where(inArray(reports.id, ids)),
    ),
    answers: await found(done.answers, byHash(done.answers)),
    paper: await found(done.paper, byHash(done.paper)),
    workOrders: await found(done.workOrders, (ids) =>
      db.select({ id: workOrders.id }).from(workOrders).where(inArray(workOrders.id, ids)),
    ),
  };
}

const noneLost = { reports: [], answers: [], paper: [], workOrders: [] };

describe.skipIf(!url)(
  'the server while PostgreSQL connections are lost (PostgreSQL only; skipped without DATABASE_URL)',
  () => {
    beforeAll(async () => {
      scratch = await scratchApp('trygg_lost_connection');
      scene = await surveySetup(scratch.app);
      // Letters' codes for the public answers, each used once; enough that the outage test still
      // has some after the load test (answers are quick now that sheets wait in the buffer).
      const rows = Array.from({ length: 2000 }, () => {
        const code = newSurveyCode();
        codes.push(code);
        return {
          organizationId: scene.organizationId,
          id: newId(),
          waveId: scene.wave.id,
          areaId: scene.areaId,
          buildingId: scene.buildingId,
          entranceId: scene.entranceId,
          codeHash: surveyCodeHash(code),
        };
      });
      for (let i = 0; i < rows.length; i += 200)
        await scratch.database.db.insert(surveyCodes).values(rows.slice(i, i + 200));
      const token = await createSession(scratch.database.db, scratch.app.config, {
        userId: scene.admin.userId,
        organizationId: scene.organizationId,
        awaitingTwoFactor: false,
      });
      const auth = await resolveSession(scratch.database.db, scratch.app.config, token);
      staffHeaders = {
        cookie: `__Host-trygg_session=${token}`,
        'x-csrf-token': auth?.session.csrfToken ?? '',
      };
      const target = new URL(url as string);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      const scratchUrl = new URL(url as string);
      scratchUrl.pathname = `/trygg_lost_connection_${process.pid}`;
      await startServer(serverDatabaseUrl(scratchUrl.toString()));
    }, 90_000);

    afterAll(async () => {
      if (child) await stopProcess(child);
      await proxy?.close();
      await scratch?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('lives through connections terminated under mixed load, answers 503 with Retry-After and loses no acknowledged write', async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const done = load();
      const terminations: number[] = [];
      try {
        let stop = false;
        const traffic = runLoad(done, 8, () => stop);
        // Let the traffic get going, then end the server's connections again and again.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        while (terminations.filter((ended) => ended > 0).length < 12 && alive()) {
          terminations.push(await terminateServerConnections(admin));
          await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 400));
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        stop = true;
        await traffic;
      } finally {
        await admin.end();
      }
      expect(alive(), printed()).toBe(true);
      expect(done.outcome.wrong, printed()).toEqual([]);
      expect(terminations.filter((ended) => ended > 0).length).toBeGreaterThanOrEqual(12);
      expect(done.reports.length).toBeGreaterThan(0);
      expect(done.answers.length).toBeGreaterThan(0);
      expect(done.workOrders.length).toBeGreaterThan(0);
      expect(done.paper.length).toBeGreaterThan(0);
      expect(done.outcome.unavailable).toBeGreaterThan(0);
      expect(await lostWrites(done)).toEqual(noneLost);
      // And it serves again at once.
      const after = load();
      await runLoad(after, 6, () => after.outcome.ok >= 30);
      expect(after.outcome, printed()).toMatchObject({ unavailable: 0, wrong: [] });
      expect(await lostWrites(after)).toEqual(noneLost);
    }, 60_000);

    it('answers 503 with Retry-After while the database is unreachable, and serves again when it is back', async () => {
      await proxy.cut();
      try {
        const health = await fetch(`${baseUrl}/api/health`);
        expect(health.status).toBe(503);
        expect(await health.json()).toMatchObject({ database: 'unreachable' });
        const during = load();
        for (const kind of traffic(during)) await kind();
        expect(during.outcome.wrong, printed()).toEqual([]);
        expect(during.outcome).toMatchObject({ ok: 0, unavailable: 6 });
        const report = await fetch(`${baseUrl}/api/public/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'sv' },
          body: JSON.stringify(submission(`org-${scene.organizationId}`)),
        });
        expect(report.status).toBe(503);
        expect(Number(report.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await report.json()).toMatchObject({ error: { code: 'service_unavailable' } });
        // Long enough for the background loops (the survey totals, four times a second) to fail.
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        expect(alive(), printed()).toBe(true);
      } finally {
        await proxy.restore();
      }
      await waitForHealth(`${baseUrl}/api/health`, 10_000, () => !alive());
      const after = load();
      for (const kind of traffic(after)) await kind();
      expect(after.outcome, printed()).toMatchObject({ ok: 6, unavailable: 0, wrong: [] });
      expect(await lostWrites(after)).toEqual(noneLost);
      // The survey totals' loop backed off while the database was away and has come back to it:
      // the answers just sent leave the queue.
      const queued = async () =>
        (
          await scratch.database.db
            .select({ n: count() })
            .from(surveyRollupPending)
            .where(eq(surveyRollupPending.organizationId, scene.organizationId))
        )[0].n;
      await expect.poll(queued, { timeout: 15_000, interval: 250 }).toBe(0);
    }, 40_000);
  },
);
