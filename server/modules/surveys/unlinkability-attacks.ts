import { createHash } from 'node:crypto';

/**
 * The attacker's side of the unlinkability test (unlinkability.test.ts): each function takes what
 * someone with database or backup access can read and returns how many sheets its best mapping
 * links to the right arrival (letter code, invitation, or moment of arrival for open links and
 * paper). The test knows the truth of every row; the attacks use it only to score.
 */

/** A row on the answer side: the sheet it belongs to (truth), the group the attacker can tell
 * apart (wave, channel, place — all on the row), and the key of the method under test. */
export type Observed = { truth: number; group: string; key: number; tie: string };

/**
 * Order of arrival → order in the database: within each group, the attacker pairs the j-th
 * arrival with the j-th row by the key (xmin, ctid, a timestamp, a sequence). Ties are broken by
 * the random id, which says nothing. Returns how many pairs are right.
 */
export function orderHits(rows: Observed[]): number {
  const groups = new Map<string, Observed[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  let hits = 0;
  for (const members of groups.values()) {
    const byKey = [...members].sort((a, b) => a.key - b.key || a.tie.localeCompare(b.tie));
    const byArrival = [...members].sort((a, b) => a.truth - b.truth);
    hits += byKey.filter((row, j) => row.truth === byArrival[j]?.truth).length;
  }
  return hits;
}

/** A used code as the attacker reads it: its transaction id and every value it holds. */
export type CodeSide = { truth: number; xmin: number; values: string[] };
export type ResponseSide = { truth: number; xmin: number; values: string[] };

/** Same transaction id (xmin), or else the nearest: each code → the response closest to it. */
export function nearestXminHits(codes: CodeSide[], responses: ResponseSide[]): number {
  let hits = 0;
  for (const code of codes) {
    const nearest = [...responses].sort(
      (a, b) => Math.abs(a.xmin - code.xmin) - Math.abs(b.xmin - code.xmin) || a.xmin - b.xmin,
    )[0];
    if (nearest?.truth === code.truth) hits++;
  }
  return hits;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * A shared value or hash: each code → the first response holding one of the code's values (or
 * the sha256 of one, or whose value's sha256 the code holds). Values every response or every code
 * shares (organization, wave, place, month) cannot single one out and are left aside.
 */
export function sharedValueHits(codes: CodeSide[], responses: ResponseSide[]): number {
  const common = (sides: { values: string[] }[]) => {
    const counts = new Map<string, number>();
    for (const side of sides) for (const v of new Set(side.values)) counts.set(v, (counts.get(v) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n > 1).map(([v]) => v));
  };
  const commonValues = new Set([...common(codes), ...common(responses)]);
  const expand = (values: string[]) => {
    const own = values.filter((v) => !commonValues.has(v) && v.length > 0);
    return new Set([...own, ...own.map(sha256)]);
  };
  const answers = responses.map((r) => ({ truth: r.truth, values: expand(r.values) }));
  let hits = 0;
  for (const code of codes) {
    const values = expand(code.values);
    const match = answers.find((r) => [...r.values].some((v) => values.has(v)));
    if (match?.truth === code.truth) hits++;
  }
  return hits;
}

/** Every scalar value of a row (as row_to_json gives it), as text. */
export function valuesOf(json: unknown): string[] {
  const row = (typeof json === 'string' ? JSON.parse(json) : json) as Record<string, unknown>;
  return Object.values(row)
    .filter((v) => v !== null && typeof v !== 'object')
    .map((v) => String(v));
}
