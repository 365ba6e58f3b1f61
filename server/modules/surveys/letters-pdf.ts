import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../platform/pdf';
import { formatSurveyCode } from './codes';
import { letterText } from './letters-text';

/** One household's letter: where it goes (for distribution) and the code printed on it. */
export type Letter = { address: string; doorNumber: string; code: string };

export type LetterRun = {
  organizationName: string;
  waveName: string;
  endsOn: string | null;
  /** The tenant page's absolute base, e.g. https://trygg.example.se (no trailing slash). */
  baseUrl: string;
  /** The organization's privacy notice on the tenant pages, absolute. */
  privacyUrl: string;
  letters: Letter[];
};

/** Swedish long date, e.g. "31 oktober 2026". */
const longDate = (date: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

function codeBlock(run: LetterRun, letter: Letter): Content {
  const url = `${run.baseUrl}/s/${letter.code}`;
  return {
    margin: [0, 16, 0, 16],
    columns: [
      { qr: url, fit: 130, eccLevel: 'M', width: 150 },
      {
        width: '*',
        stack: [
          { text: letterText.codeLabel, style: 'small' },
          { text: formatSurveyCode(letter.code), style: 'code' },
          { text: url.replace(/^https?:\/\//, ''), style: 'url' },
          { text: letterText.codeNote, style: 'small', margin: [0, 6, 0, 0] },
        ],
      },
    ],
  };
}

function page(run: LetterRun, letter: Letter, index: number): Content[] {
  return [
    {
      columns: [
        { text: run.organizationName, style: 'organization' },
        { text: `${letter.address}, lgh ${letter.doorNumber}`, style: 'small', alignment: 'right' },
      ],
      ...(index > 0 ? { pageBreak: 'before' as const } : {}),
    },
    { text: run.waveName, style: 'small', margin: [0, 2, 0, 24] },
    { text: letterText.title, style: 'title' },
    { text: letterText.why(run.organizationName), margin: [0, 0, 0, 8] },
    { text: letterText.how },
    ...(run.endsOn
      ? [{ text: letterText.until(longDate(run.endsOn)), margin: [0, 4, 0, 0] } as Content]
      : []),
    codeBlock(run, letter),
    { text: letterText.privacyTitle, style: 'heading' },
    { text: letterText.privacy, margin: [0, 0, 0, 6] },
    {
      text: letterText.privacyMore(run.privacyUrl.replace(/^https?:\/\//, '')),
      link: run.privacyUrl,
      style: 'small',
      margin: [0, 0, 0, 16],
    },
    ...letterText.others.map((other) => ({ text: other.text, style: 'other' }) as Content),
  ];
}

/** The letters as one A4 PDF, one page per household. */
export function renderLetters(run: LetterRun): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    info: { title: `${run.waveName} – ${run.organizationName}` },
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.25 },
    styles: {
      organization: { fontSize: 13, bold: true },
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 10] },
      heading: { fontSize: 12, bold: true, margin: [0, 0, 0, 4] },
      code: { fontSize: 24, bold: true, characterSpacing: 1, margin: [0, 2, 0, 6] },
      url: { fontSize: 10 },
      small: { fontSize: 9, color: '#444444' },
      other: { fontSize: 9.5, color: '#333333', margin: [0, 0, 0, 6] },
    },
    content: run.letters.flatMap((letter, index) => page(run, letter, index)),
  };
  return renderPdf(definition);
}
