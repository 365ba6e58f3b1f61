import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../../../common/roles';
import { defaultIndexKey } from '../../../common/surveys/indexes';
import { itemsChartSvg, trendChartSvg } from './charts';
import { type ExportWord, exportWaveName, exportWord, suppressedMark } from './labels';
import { figureTable, indexLines, rateLine, themeTable } from './pdf-sections';
import type { AreaReportData } from './report-data';

const styles: TDocumentDefinitions['styles'] = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 11, color: '#555', margin: [0, 0, 0, 10] },
  heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
  lead: { fontSize: 12, bold: true },
  tableHeader: { bold: true },
  muted: { color: '#555', italics: true },
};

const heading = (text: string): Content => ({ text, style: 'heading' });

/** Short blocks kept whole on one page, so no heading or label is left alone at a page's foot. */
const together = (...blocks: Content[]): Content => ({ stack: blocks, unbreakable: true });

/** A suppressed item has no bar; its label says why, the same "–" as in the tables. */
const chartLabel = (m: { label: string; figure: { visibility: string } }) =>
  m.figure.visibility === 'suppressed' ? `${m.label} (${suppressedMark})` : m.label;

function charts(data: AreaReportData, locale: Locale): Content[] {
  const { detail } = data;
  const index = detail.measures.find((m) => m.key === defaultIndexKey);
  const items = detail.measures.filter((m) => m.kind === 'item');
  const waveName = new Map(detail.waves.map((w) => [w.id, w.name]));
  const content: Content[] = [
    together(heading(exportWord(locale, 'itemsChart')), {
      svg: itemsChartSvg(items.map((m) => ({ label: chartLabel(m), figure: m.figure }))),
      width: 500,
    }),
  ];
  if (index && index.series.length > 1) {
    const trend = index.series.map((p) => ({ label: waveName.get(p.waveId) ?? '', figure: p.figure }));
    const title = heading(exportWord(locale, 'trendChart', { measure: index.label }));
    content.push(together(title, { svg: trendChartSvg(trend), width: 500 }));
  }
  return content;
}

function breakdownBlocks(data: AreaReportData, locale: Locale, word: (key: ExportWord) => string): Content[] {
  const groups = data.detail.breakdowns.map((group) => {
    const parts = group.parts.map((p) => ({ name: p.label, figure: p.figure }));
    const label: Content = { text: group.label, bold: true, margin: [0, 4, 0, 0] };
    return [label, figureTable(locale, word('part'), parts)];
  });
  const [first, ...rest] = groups;
  if (!first) return [heading(word('breakdownsTitle'))];
  return [together(heading(word('breakdownsTitle')), ...first), ...rest.map((group) => together(...group))];
}

function tables(data: AreaReportData, locale: Locale): Content[] {
  const { detail } = data;
  const measure = detail.measures.find((m) => m.key === detail.measure)?.label ?? detail.measure;
  const word = (key: ExportWord) => exportWord(locale, key, { measure });
  const buildings = detail.buildings.map((b) => ({ name: b.address, figure: b.figure }));
  // The buildings of a large area may run over pages: their table repeats its header instead.
  return [
    heading(word('buildingsTitle')),
    figureTable(locale, word('building'), buildings),
    ...breakdownBlocks(data, locale, word),
    together(heading(word('themesTitle')), themeTable(locale, data.themes)),
  ];
}

/** The area report: what a board or partner reads about one area in one wave. */
export function areaReportDocument(data: AreaReportData, locale: Locale): TDocumentDefinitions {
  const { detail } = data;
  const index = detail.measures.find((m) => m.key === defaultIndexKey);
  const subtitle = [data.organizationName, detail.wave && exportWaveName(locale, detail.wave)]
    .filter(Boolean)
    .join(' · ');
  return {
    info: { title: exportWord(locale, 'title', { area: detail.area.name }), creator: 'Trygg' },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    language: locale === 'sv' ? 'sv-SE' : 'en-GB',
    footer: (page, pages) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 9,
      color: '#555',
    }),
    content: [
      { text: exportWord(locale, 'title', { area: detail.area.name }), style: 'title' },
      { text: subtitle, style: 'subtitle' },
      rateLine(locale, detail.wave ? data.responseRate : null),
      ...indexLines(locale, index),
      ...(detail.wave ? [...charts(data, locale), ...tables(data, locale)] : []),
      together(
        heading(exportWord(locale, 'methodTitle')),
        { text: exportWord(locale, 'method') },
        { text: exportWord(locale, 'uncertainMark'), style: 'muted', margin: [0, 4, 0, 0] },
      ),
    ],
    styles,
  };
}
