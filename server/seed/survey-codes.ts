import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { defaultQuestions } from '../../common/surveys/question-bank';
import type { Tx } from '../db/client';
import {
  apartments,
  buildings,
  entrances,
  type surveyCodes,
  surveyResponses,
  surveyWaves,
} from '../db/schema';
import { buildingOfEntrance, entranceOfApartment } from '../modules/surveys/place-joins';
import { hashToken } from '../platform/ids';
import type { DemoOrganization } from './demo-data';
import { demoId } from './demo-ids';
import { seededRandom } from './demo-report-plan';
import { planSurveyWaves } from './survey-plan';

type Input = { organizationId: string; org: DemoOrganization; areaIds: Map<string, string> };
type CodeRow = Pick<
  typeof surveyCodes.$inferSelect,
  | 'organizationId'
  | 'id'
  | 'waveId'
  | 'areaId'
  | 'apartmentId'
  | 'buildingId'
  | 'entranceId'
  | 'codeHash'
  | 'usedOn'
>;

/**
 * The demo waves' one-time codes, so response rates come out of survey_codes as in real use:
 * per area and wave as many codes as the plan's households got letters; the registry's
 * apartments get one each (the demo registry holds only a sample of each area's homes, so the
 * rest are area-only codes); as many are marked used as the area had answers by code. The hashes
 * are of names, not of any code: no demo code can be typed in. Also Botkyrkabyggen's open
 * continuous survey after work orders, which has no answers yet.
 */
export async function seedSurveyCodes(tx: Tx, input: Input) {
  const random = seededRandom(`${input.org.slug}/survey-codes`);
  const plans = planSurveyWaves().filter((wave) => wave.organizationSlug === input.org.slug);
  const used = await codeAnswers(tx, input.organizationId);
  for (const plan of plans) {
    const waveId = demoId(`${input.org.slug}/survey-wave/${plan.year}`);
    const rows: CodeRow[] = [];
    for (const area of plan.areas) {
      const areaId = input.areaIds.get(area.areaCode) as string;
      const homes = await apartmentsOf(tx, input.organizationId, areaId);
      const answered = used.get(`${waveId}/${areaId}`) ?? 0;
      const total = Math.max(area.households, homes.length, answered);
      const usedAt = pickUsed(total, answered, random);
      for (let i = 0; i < total; i++) {
        const home = homes[i];
        rows.push({
          organizationId: input.organizationId,
          id: demoId(`${waveId}/code/${areaId}/${i}`),
          waveId,
          areaId,
          apartmentId: home?.apartmentId ?? null,
          buildingId: home?.buildingId ?? null,
          entranceId: home?.entranceId ?? null,
          codeHash: hashToken(`trygg-demo-code/${waveId}/${areaId}/${i}`),
          usedOn: usedAt.has(i) ? dayOf(plan.month, random) : null,
        });
      }
    }
    await insertCodes(tx, rows);
  }
  if (input.org.slug === 'botkyrkabyggen') await insertContinuousWave(tx, input);
}

/** Answers by code per wave and area, as the answers were seeded. */
async function codeAnswers(tx: Tx, organizationId: string) {
  const rows = await tx
    .select({ waveId: surveyResponses.waveId, areaId: surveyResponses.areaId, n: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.organizationId, organizationId), eq(surveyResponses.channel, 'code')))
    .groupBy(surveyResponses.waveId, surveyResponses.areaId);
  return new Map(rows.map((row) => [`${row.waveId}/${row.areaId}`, Number(row.n)]));
}

function apartmentsOf(tx: Tx, organizationId: string, areaId: string) {
  return tx
    .select({ apartmentId: apartments.id, entranceId: entrances.id, buildingId: buildings.id })
    .from(apartments)
    .innerJoin(entrances, entranceOfApartment)
    .innerJoin(buildings, buildingOfEntrance)
    .where(
      and(
        eq(apartments.organizationId, organizationId),
        eq(buildings.areaId, areaId),
        isNull(apartments.archivedAt),
      ),
    )
    .orderBy(apartments.objectId);
}

/** Which of `total` codes were used: `used` of them, spread at random (seeded). */
function pickUsed(total: number, used: number, random: () => number): Set<number> {
  const order = Array.from({ length: total }, (_, i) => ({ i, key: random() }));
  order.sort((a, b) => a.key - b.key);
  return new Set(order.slice(0, used).map((entry) => entry.i));
}

/** A day in the wave's month (the first four weeks), as 'YYYY-MM-DD'. */
function dayOf(month: string, random: () => number): string {
  const day = 1 + Math.floor(random() * 28);
  return `${month.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

async function insertContinuousWave(tx: Tx, input: Input) {
  await tx.insert(surveyWaves).values({
    organizationId: input.organizationId,
    id: demoId(`${input.org.slug}/survey-wave/continuous`),
    name: 'Löpande enkät efter åtgärd',
    kind: 'continuous',
    startsOn: `${new Date().getUTCFullYear()}-01-01`,
    endsOn: null,
    questionKeys: defaultQuestions.map((question) => question.key),
    areaIds: input.org.areas.map((area) => input.areaIds.get(area.code) as string),
    status: 'open',
  });
}

/** ~10 000 codes: one JSON parameter is several times faster than VALUES lists (see survey-answers.ts). */
async function insertCodes(tx: Tx, rows: CodeRow[]) {
  const json = rows.map((row) => ({
    organization_id: row.organizationId,
    id: row.id,
    wave_id: row.waveId,
    area_id: row.areaId,
    apartment_id: row.apartmentId,
    building_id: row.buildingId,
    entrance_id: row.entranceId,
    code_hash: row.codeHash,
    used_on: row.usedOn,
  }));
  const columns = sql.raw(
    'organization_id, id, wave_id, area_id, apartment_id, building_id, entrance_id, code_hash, used_on',
  );
  await tx.execute(sql`
    insert into survey_codes (${columns})
    select ${columns} from json_to_recordset(${JSON.stringify(json)}::json)
      as x(organization_id uuid, id uuid, wave_id uuid, area_id uuid, apartment_id uuid, building_id uuid,
           entrance_id uuid, code_hash text, used_on date)`);
}
