import { parse } from 'csv-parse/sync';
import { suggestMapping } from '../server/modules/surveys/import/column-mapping';
import { decodeImportFile } from '../server/modules/surveys/import/decode';
import { parseAnswers } from '../server/modules/surveys/import/parse-answers';
import { readTable } from '../server/modules/surveys/import/read-table';
import {
  en,
  largeAnswerFile,
  largeFileAreas,
  questions,
  windows1252,
} from '../server/modules/surveys/import/test-csv';

/**
 * `npm exec -- tsx bench/survey-import-parse.ts [rows]`: the pure stage of the survey answer
 * import (decode Windows-1252 → read CSV → read answers) on a vendor file of 100 000 responses ×
 * 12 questions, against a baseline measured in the same run: csv-parse alone splitting the same
 * text. The budget for the whole import, database included, is 60 s.
 */
const count = Number(process.argv[2] ?? 100_000);
const runs = 5;
const text = largeAnswerFile(count);
const bytes = windows1252(text);

function trygg(): number {
  const { table } = readTable(decodeImportFile(bytes).text, en);
  const mapping = suggestMapping(table.header, questions);
  const { rows, issues } = parseAnswers({ table, mapping, questions, areaCodes: largeFileAreas, t: en });
  if (issues.length > 0 || rows.length !== count) throw new Error(`unexpected: ${issues[0]?.message}`);
  return rows.length;
}

function baseline(): number {
  return (parse(text, { delimiter: ';' }) as string[][]).length - 1;
}

function median(run: () => number): number {
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? 0;
}

const perSecond = (ms: number) => Math.round(count / (ms / 1000)).toLocaleString('en');
const base = median(baseline);
const ours = median(trygg);
console.log(
  `${count.toLocaleString('en')} responses × 12 questions, ${(bytes.length / 1e6).toFixed(1)} MB, median of ${runs}`,
);
console.log(`csv-parse alone:        ${base.toFixed(0)} ms  (${perSecond(base)} rows/s)`);
console.log(
  `decode + read + answers: ${ours.toFixed(0)} ms  (${perSecond(ours)} rows/s), ${(ours / base).toFixed(2)}× the baseline`,
);
