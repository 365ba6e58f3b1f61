import { defaultQuestions } from '../../../../common/surveys/question-bank';
import { surveyImportMessages } from './messages';

/** Test helpers: files as a vendor or Excel writes them. */
export const sv = surveyImportMessages('sv');
export const en = surveyImportMessages('en');
export const questions = defaultQuestions;

/** A CSV text, quoting every cell that needs it, as spreadsheets do. */
export function toCsv(rows: readonly (readonly string[])[], separator = ';', eol = '\r\n'): string {
  const quote = (cell: string) =>
    cell.includes(separator) || /["\r\n]/.test(cell) || cell !== cell.trim()
      ? `"${cell.replaceAll('"', '""')}"`
      : cell;
  return rows.map((row) => row.map(quote).join(separator)).join(eol) + eol;
}

/** Windows-1252 special characters in 0x80–0x9F; everything else there is Latin-1. */
const specials = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Text as Excel's "CSV (semikolonavgränsad)" saves it on Swedish Windows. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const special = specials.indexOf(char);
    if (special >= 0) return 0x80 + special;
    const code = char.codePointAt(0) ?? 0;
    if (code > 0xff) throw new Error(`not in Windows-1252: ${char}`);
    return code;
  });
}

export function utf8(text: string, bom = false): Uint8Array {
  return new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
}

const labels = ['Mycket bra', 'Ganska bra', 'Inte så bra', 'Dålig', 'Vet ej', '', '1', '2', '3', '4'];
const genders = ['Kvinna', 'Man', 'Annat / vill inte svara', ''];
export const largeFileAreas = new Set(['FITTJA', 'ALBY', 'NORSBORG', 'DROTTNINGHOG']);

/**
 * A vendor file of `count` responses × 12 questions (the eleven scale items and gender), with
 * place and date columns, as Swedish Excel saves it; deterministic, so every run reads the same.
 */
export function largeAnswerFile(count: number): string {
  const scaleKeys = questions.filter((q) => q.kind === 'scale').map((q) => q.key);
  const header = ['Område', 'Hus', 'Uppgång', 'Svarsdatum', ...scaleKeys, 'Kön'];
  const areas = [...largeFileAreas];
  const lines = [header.join(';')];
  let seed = 1;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < count; i += 1) {
    const place = [
      areas[next(areas.length)],
      `B-${next(300)}`,
      `${next(6) + 1}`,
      `2019-0${next(9) + 1}-1${next(9)}`,
    ];
    // The first item is always answered, so no row is left empty.
    const answers = scaleKeys.map((_, item) => labels[next(item === 0 ? 5 : labels.length)]);
    lines.push([...place, ...answers, genders[next(genders.length)]].join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}
