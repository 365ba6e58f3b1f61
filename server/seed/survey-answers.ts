import { eq, sql } from 'drizzle-orm';
import { defaultIndexKey } from '../../common/surveys/indexes';
import { defaultQuestions } from '../../common/surveys/question-bank';
import type { Tx } from '../db/client';
import { buildings, surveyTargets, surveyWaves } from '../db/schema';
import { rebuildRollups } from '../modules/surveys/rollups';
import type { DemoOrganization } from './demo-data';
import { demoId } from './demo-ids';
import { seededRandom } from './demo-report-plan';
import { seedSurveyCodes } from './survey-codes';
import { type PlannedWave, planSurveyWaves } from './survey-plan';
import { type DemoSheet, planSheets } from './survey-sheets';

/** A survey_answers row under its column names, for json_to_recordset. */
type AnswerRow = {
  organization_id: string;
  response_id: string;
  question_key: string;
  value: number | null;
  dont_know: boolean;
};

type SeedSurveysInput = { organizationId: string; org: DemoOrganization; areaIds: Map<string, string> };

/** Botkyrkabyggen's published goal: 78 % answer that safety is very or fairly good. */
const botkyrkaTarget = { share: 0.78, years: [2019, 2020] };

/**
 * The organization's closed survey waves with their raw answers (survey-plan.ts holds the
 * counts behind the published figures), and Botkyrkabyggen's targets.
 */
export async function seedSurveys(tx: Tx, input: SeedSurveysInput) {
  const waves = planSurveyWaves().filter((wave) => wave.organizationSlug === input.org.slug);
  const random = seededRandom(`${input.org.slug}/surveys`);
  const pickBuilding = await buildingPicker(tx, input);
  const responses: Record<string, string | null>[] = [];
  const answers: AnswerRow[] = [];
  for (const wave of waves) {
    const waveId = await insertWave(tx, input, wave);
    for (const area of wave.areas) {
      const areaId = input.areaIds.get(area.areaCode) as string;
      const response = { organization_id: input.organizationId, wave_id: waveId, area_id: areaId };
      for (const sheet of planSheets(area, random)) {
        const id = seededUuidV4(random);
        const building_id = pickBuilding(areaId);
        responses.push({
          ...response,
          id,
          building_id,
          answered_month: wave.month,
          ...backgroundColumns(sheet),
        });
        answers.push(...answerRows(input.organizationId, id, sheet));
      }
    }
  }
  await insertAsJson(tx, 'survey_responses', responseColumns, responses);
  await insertAsJson(tx, 'survey_answers', answerColumns, answers);
  await rebuildRollups(tx, input.organizationId);
  await seedSurveyCodes(tx, input);
  if (input.org.slug === 'botkyrkabyggen') await insertTargets(tx, input);
  return { waves: waves.length, responses: responses.length, answers: answers.length };
}

/**
 * The building each demo answer comes from, as a code on a letter would say: spread over the
 * area's buildings, except that its last building is small, so that it has fewer than 5 answers
 * in a wave and shows as "–" (with a neighbour hidden too, so it cannot be subtracted out). A
 * random of its own, so the answers themselves stay as planned.
 */
async function buildingPicker(tx: Tx, input: SeedSurveysInput) {
  const random = seededRandom(`${input.org.slug}/survey-buildings`);
  const rows = await tx
    .select({ id: buildings.id, areaId: buildings.areaId })
    .from(buildings)
    .where(eq(buildings.organizationId, input.organizationId))
    .orderBy(buildings.areaId, buildings.address);
  const byArea = new Map<string, { id: string }[]>();
  for (const row of rows) byArea.set(row.areaId, [...(byArea.get(row.areaId) ?? []), row]);
  return (areaId: string): string | null => {
    const inArea = byArea.get(areaId) ?? [];
    if (inArea.length < 2) return inArea[0]?.id ?? null;
    // The last building gets 1 % of the answers, the others share the rest equally.
    const index = random() < 0.01 ? inArea.length - 1 : Math.floor(random() * (inArea.length - 1));
    return inArea[index].id;
  };
}

function backgroundColumns(sheet: DemoSheet) {
  return {
    channel: sheet.channel,
    age_group: sheet.ageGroup,
    gender: sheet.gender,
    years_in_area: sheet.yearsInArea,
    free_text: sheet.freeText,
  };
}

function answerRows(organizationId: string, responseId: string, sheet: DemoSheet): AnswerRow[] {
  return sheet.answers.map(([questionKey, value]) => ({
    organization_id: organizationId,
    response_id: responseId,
    question_key: questionKey,
    value: value === 'dont_know' ? null : value,
    dont_know: value === 'dont_know',
  }));
}

async function insertWave(tx: Tx, input: SeedSurveysInput, wave: PlannedWave): Promise<string> {
  const id = demoId(`${input.org.slug}/survey-wave/${wave.year}`);
  const startsOn = wave.month;
  const [year, month] = startsOn.split('-').map(Number);
  // Waves ran one month; the last day is day 0 of the next month.
  const endsOn = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  await tx.insert(surveyWaves).values({
    organizationId: input.organizationId,
    id,
    name: wave.name,
    kind: 'wave',
    startsOn,
    endsOn,
    questionKeys: defaultQuestions.map((question) => question.key),
    areaIds: wave.areas.map((area) => input.areaIds.get(area.areaCode) as string),
    status: 'closed',
    createdAt: new Date(Date.UTC(year, month - 2, 15)),
  });
  return id;
}

async function insertTargets(tx: Tx, input: SeedSurveysInput) {
  const rows = input.org.areas.flatMap((area) =>
    botkyrkaTarget.years.map((year) => ({
      organizationId: input.organizationId,
      id: demoId(`${input.org.slug}/survey-target/${area.code}/${year}`),
      areaId: input.areaIds.get(area.code) as string,
      year,
      measureKey: defaultIndexKey,
      share: botkyrkaTarget.share,
    })),
  );
  await tx.insert(surveyTargets).values(rows);
}

/**
 * A version-4 layout UUID from the seeded generator: random like a real response id (the schema
 * forbids time-ordered ones), yet the same on every run of the demo.
 */
function seededUuidV4(random: () => number): string {
  const bytes = Buffer.from(Array.from({ length: 16 }, () => Math.floor(random() * 256)));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const responseColumns =
  'organization_id uuid, id uuid, wave_id uuid, area_id uuid, building_id uuid, answered_month date, channel text, age_group text, gender text, years_in_area text, free_text text';
const answerColumns =
  'organization_id uuid, response_id uuid, question_key text, value smallint, dont_know boolean';

/**
 * ~5 000 responses and ~60 000 answers: one JSON parameter per 10 000 rows is several times
 * faster than multi-row VALUES lists, which keeps the seed of every first `npm start` quick.
 */
async function insertAsJson(tx: Tx, table: string, columns: string, rows: object[]) {
  const names = columns
    .split(', ')
    .map((column) => column.split(' ')[0])
    .join(', ');
  for (let i = 0; i < rows.length; i += 10_000) {
    await tx.execute(sql`
      insert into ${sql.raw(table)} (${sql.raw(names)})
      select ${sql.raw(names)} from json_to_recordset(${JSON.stringify(rows.slice(i, i + 10_000))}::json)
        as x(${sql.raw(columns)})`);
  }
}
