import type { Content, TableCell } from 'pdfmake/interfaces';
import type { AreaDetail, Figure } from '../../../common/contracts/survey-analysis';
import type { Locale } from '../../../common/roles';
import type { ThemeCountRow } from '../survey-texts/theme-counts';
import { exportWord } from './labels';
import { countText, figureText, percent, points } from './numbers';
import type { ResponseRate } from './report-data';

type Measure = AreaDetail['measures'][number];

const header = (texts: string[]): TableCell[] => texts.map((text) => ({ text, style: 'tableHeader' }));

/** A table of named figures: name, share with interval, n; suppressed rows print "–". */
export function figureTable(
  locale: Locale,
  nameHeader: string,
  rows: { name: string; figure: Figure }[],
): Content {
  if (rows.length === 0) return { text: exportWord(locale, 'none'), style: 'muted' };
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 'auto', 'auto'],
      body: [
        header([nameHeader, `${exportWord(locale, 'share')} (95 %)`, exportWord(locale, 'n')]),
        ...rows.map((row) => [row.name, figureText(locale, row.figure), countText(row.figure)]),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 8],
  };
}

export function rateLine(locale: Locale, rate: ResponseRate | null): Content {
  if (!rate) return { text: exportWord(locale, 'noWave') };
  if (rate.codesIssued === 0)
    return { text: exportWord(locale, 'responsesOnly', { responses: rate.responses }) };
  const values = {
    rate: percent(locale, rate.codesUsed / rate.codesIssued),
    used: rate.codesUsed,
    issued: rate.codesIssued,
    responses: rate.responses,
  };
  return { text: exportWord(locale, 'responseRate', values) };
}

/** The index with its interval, and its change from the previous wave in words. */
export function indexLines(locale: Locale, index: Measure | undefined): Content[] {
  if (!index) return [];
  const { figure, change } = index;
  const shown = figure.share !== null && figure.low !== null && figure.high !== null;
  const line = shown
    ? exportWord(locale, 'indexLine', {
        measure: index.label,
        share: percent(locale, figure.share),
        low: percent(locale, figure.low),
        high: percent(locale, figure.high),
        n: `${figure.n}${figure.visibility === 'uncertain' ? '*' : ''}`,
      })
    : exportWord(locale, 'indexSuppressed', { measure: index.label });
  const changeLine = change
    ? exportWord(locale, 'changeLine', {
        diff: points(locale, change.diff),
        low: points(locale, change.low),
        high: points(locale, change.high),
        words: change.words,
      })
    : exportWord(locale, 'noChange');
  const target = index.target
    ? exportWord(locale, 'targetLine', {
        year: index.target.year,
        share: percent(locale, index.target.share),
      })
    : null;
  return [
    { text: line, style: 'lead' },
    { text: target ? `${changeLine} ${target}` : changeLine, margin: [0, 2, 0, 8] },
  ];
}

export function themeTable(locale: Locale, themes: ThemeCountRow[] | null): Content {
  if (!themes) return { text: exportWord(locale, 'noThemes'), style: 'muted' };
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 'auto'],
      body: [
        header([exportWord(locale, 'theme'), exportWord(locale, 'count')]),
        ...themes.map((theme) => [theme.label, theme.shownAs]),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 8],
  };
}
