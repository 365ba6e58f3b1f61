import type { AreaDetail } from '../../../common/contracts/survey-analysis';
import { defaultIndexKey } from '../../../common/surveys/indexes';
import { getAreaDetail } from '../survey-analysis/area-detail-service';
import {
  type AnalysisContext,
  type AnalysisFrame,
  type AnalysisWave,
  loadFrame,
} from '../survey-analysis/context';
import { allMeasures, labelOf, type Measure } from '../survey-analysis/measures';
import { surveyOverview } from '../survey-analysis/overview-service';
import { frameOf } from '../survey-analysis/periods';
import { resolveWave } from '../survey-analysis/resolve';
import { exportWaveName, exportWord } from './labels';
import { ownQuestionsSheet } from './own-questions-sheet';
import { addFigureSheet, type FigureRow, type FigureSheet, workbookBuffer } from './xlsx-workbook';

/** A measure over every area and wave the actor may read: the overview as rows. */
async function measureSheet(
  ctx: AnalysisContext,
  frame: AnalysisFrame,
  measure: Measure,
): Promise<FigureSheet> {
  const overview = await surveyOverview(ctx, { measure: measure.key, by: frame.by });
  const waveName = new Map(frame.waves.map((wave) => [wave.id, exportWaveName(ctx.locale, wave)]));
  const covers = new Map(frame.waves.map((wave) => [wave.id, new Set(wave.areaIds)]));
  const rows: FigureRow[] = overview.rows.flatMap((row) =>
    row.cells
      .filter((cell) => covers.get(cell.waveId)?.has(row.areaId))
      .map((cell) => ({ place: [row.areaName, waveName.get(cell.waveId) ?? ''], ...cell })),
  );
  const organization = exportWord(ctx.locale, 'organization');
  for (const cell of overview.organization.cells) {
    rows.push({ place: [organization, waveName.get(cell.waveId) ?? ''], ...cell });
  }
  return {
    name: labelOf(measure, ctx.locale),
    title: labelOf(measure, ctx.locale),
    placeHeaders: [exportWord(ctx.locale, 'area'), exportWord(ctx.locale, 'wave')],
    rows,
    withChange: true,
  };
}

/** The index's figures below each area of the wave: buildings and background groups. */
async function placeSheets(ctx: AnalysisContext, frame: AnalysisFrame, wave: AnalysisWave) {
  const details: AreaDetail[] = [];
  for (const area of frame.areas.filter((a) => wave.areaIds.includes(a.id))) {
    details.push(await getAreaDetail(ctx, area.id, { waveId: wave.id, measure: defaultIndexKey }));
  }
  const measure = allMeasures(frame.own).find((m) => m.key === defaultIndexKey) as Measure;
  const values = { measure: labelOf(measure, ctx.locale), wave: exportWaveName(ctx.locale, wave) };
  const word = (key: Parameters<typeof exportWord>[1]) => exportWord(ctx.locale, key, values);
  const buildings: FigureSheet = {
    name: word('buildingsSheet'),
    title: word('buildingsFor'),
    placeHeaders: [word('area'), word('building')],
    rows: details.flatMap((d) =>
      d.buildings.map((b) => ({ place: [d.area.name, b.address], figure: b.figure })),
    ),
    withChange: false,
  };
  const breakdowns: FigureSheet = {
    name: word('breakdownsSheet'),
    title: word('breakdownsFor'),
    placeHeaders: [word('area'), word('group'), word('part')],
    rows: details.flatMap((d) =>
      d.breakdowns.flatMap((g) =>
        g.parts.map((p) => ({ place: [d.area.name, g.label, p.label], figure: p.figure })),
      ),
    ),
    withChange: false,
  };
  return [buildings, breakdowns];
}

/**
 * The survey figures as a workbook: a sheet per measure (every area and wave with its change),
 * then the index per building and per background group in the chosen wave (default the latest).
 * Only what the screens show: the same suppressed cells, written as "–" with a legend.
 */
export async function surveyWorkbook(ctx: AnalysisContext, waveId?: string) {
  const frame = await loadFrame(ctx, frameOf(undefined, waveId));
  const wave = resolveWave(frame, waveId);
  const sheets: FigureSheet[] = [];
  for (const measure of allMeasures(frame.own)) sheets.push(await measureSheet(ctx, frame, measure));
  if (wave) sheets.push(...(await placeSheets(ctx, frame, wave)));
  const own = wave ? await ownQuestionsSheet(ctx, frame, wave) : null;
  if (own) sheets.push(own);
  const body = await workbookBuffer((workbook) => {
    for (const sheet of sheets) addFigureSheet(workbook, ctx.locale, sheet);
  });
  const stamp = wave?.startsOn.slice(0, 7) ?? new Date().toISOString().slice(0, 10);
  return {
    body,
    filename: `${ctx.locale === 'sv' ? 'trygghetsundersokning' : 'safety-survey'}-${stamp}.xlsx`,
  };
}
