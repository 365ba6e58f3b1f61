import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { rebuildRollups } from '../rollups';
import type { PlacedResponse } from './resolve-places';

const responseColumns =
  'id uuid, area_id uuid, building_id uuid, entrance_id uuid, answered_month date, age_group text, gender text, years_in_area text, free_text text';
const answerColumns = 'response_id uuid, question_key text, value smallint, dont_know boolean';
const choiceColumns = 'response_id uuid, question_key text, option_key text';
const textColumns = 'response_id uuid, question_key text, text text';

/** Responses per statement: a JSON parameter of a few MB, which both drivers take in one go. */
const batchSize = 5000;

export type CommitInput = {
  organizationId: string;
  waveId: string;
  rows: PlacedResponse[];
  /** The wave's free-text question, whose answers go to survey_responses.free_text. */
  freeTextKey: string | null;
  /** The wave's own choice and text questions, whose answers have tables of their own. */
  ownChoiceKeys: ReadonlySet<string>;
  ownTextKeys: ReadonlySet<string>;
};

/**
 * The commit stage of the answer import: every row checked already (all or nothing is the
 * caller's rule), so this only writes, in the caller's transaction. Rows go in as one JSON
 * parameter per batch (json_to_recordset), several times faster than multi-row VALUES; the
 * rollups are rebuilt once at the end rather than added response by response.
 */
export async function commitAnswers(tx: Tx, input: CommitInput): Promise<number> {
  for (let start = 0; start < input.rows.length; start += batchSize) {
    const responses: object[] = [];
    const answers: object[] = [];
    const own: OwnRows = { choices: [], texts: [] };
    for (const row of input.rows.slice(start, start + batchSize)) {
      // Random (v4) ids, as every response has: nothing time-ordered.
      const id = crypto.randomUUID();
      responses.push(responseRow(id, row, input.freeTextKey));
      for (const [key, value] of Object.entries(row.answers))
        answers.push({
          response_id: id,
          question_key: key,
          value: value === 'dont_know' ? null : value,
          dont_know: value === 'dont_know',
        });
      addOwnAnswers(own, id, row, input);
    }
    await insertJson(
      tx,
      input,
      'survey_responses',
      responseColumns,
      responses,
      `wave_id, channel`,
      sql`${input.waveId}::uuid, 'import'`,
    );
    // Fresh statistics replace the foreign-key checks' cached plans: a plan made while
    // survey_responses was small scans the whole table for each answer (a long-lived PGlite
    // session keeps it for ever), which turns 100 000 responses into hours.
    if (start === 0) await tx.execute(sql`analyze survey_responses`);
    await insertJson(tx, input, 'survey_answers', answerColumns, answers);
    await insertJson(tx, input, 'survey_choice_answers', choiceColumns, own.choices);
    await insertJson(tx, input, 'survey_text_answers', textColumns, own.texts);
  }
  await rebuildRollups(tx, input.organizationId, input.waveId);
  return input.rows.length;
}

type OwnRows = { choices: object[]; texts: object[] };

/** The row's answers to the wave's own choice and text questions, as rows of their tables. */
function addOwnAnswers(own: OwnRows, id: string, row: PlacedResponse, input: CommitInput) {
  const chosen = [
    ...Object.entries(row.choices).map(([key, option]) => [key, [option]] as const),
    ...Object.entries(row.choiceLists),
  ];
  for (const [key, options] of chosen) {
    if (!input.ownChoiceKeys.has(key)) continue;
    for (const option of options)
      own.choices.push({ response_id: id, question_key: key, option_key: option });
  }
  for (const [key, text] of Object.entries(row.texts))
    if (input.ownTextKeys.has(key)) own.texts.push({ response_id: id, question_key: key, text });
}

function responseRow(id: string, row: PlacedResponse, freeTextKey: string | null) {
  return {
    id,
    area_id: row.areaId,
    building_id: row.buildingId,
    entrance_id: row.entranceId,
    answered_month: `${row.answeredMonth}-01`,
    age_group: row.choices.age_group ?? null,
    gender: row.choices.gender ?? null,
    years_in_area: row.choices.years_in_area ?? null,
    free_text: freeTextKey ? (row.texts[freeTextKey] ?? null) : null,
  };
}

/** One insert of many rows from one JSON parameter, with the organization (and constants) added. */
async function insertJson(
  tx: Tx,
  input: CommitInput,
  table: string,
  columns: string,
  rows: object[],
  constantNames = '',
  constants = sql``,
) {
  if (rows.length === 0) return;
  const names = columns
    .split(', ')
    .map((column) => column.split(' ')[0])
    .join(', ');
  const extraNames = constantNames ? `, ${constantNames}` : '';
  const extraValues = constantNames ? sql`, ${constants}` : sql``;
  await tx.execute(sql`
    insert into ${sql.raw(table)} (organization_id, ${sql.raw(names)}${sql.raw(extraNames)})
    select ${input.organizationId}::uuid, ${sql.raw(names)}${extraValues}
    from json_to_recordset(${JSON.stringify(rows)}::json) as x(${sql.raw(columns)})`);
}
