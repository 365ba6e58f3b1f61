import type { OwnQuestionResults } from '../../../common/contracts/survey-own-questions';
import type { AnalysisContext, AnalysisFrame, AnalysisWave } from '../survey-analysis/context';
import { ownChoiceResults } from '../survey-analysis/own-choice-service';
import { exportWord } from './labels';
import type { FigureSheet } from './xlsx-workbook';

/**
 * The wave's own choice questions per area the actor may read, as on the area page: a row per
 * option with its share of those who answered the question. None when the wave asks none.
 */
export async function ownQuestionsSheet(
  ctx: AnalysisContext,
  frame: AnalysisFrame,
  wave: AnalysisWave,
): Promise<FigureSheet | null> {
  const results: { area: string; own: OwnQuestionResults }[] = [];
  for (const area of frame.areas.filter((a) => wave.areaIds.includes(a.id)))
    results.push({ area: area.name, own: await ownChoiceResults(ctx, area.id, { waveId: wave.id }) });
  if (results.every((result) => result.own.questions.length === 0)) return null;
  const word = (key: Parameters<typeof exportWord>[1]) => exportWord(ctx.locale, key, { wave: wave.name });
  return {
    name: word('ownSheet'),
    title: word('ownFor'),
    placeHeaders: [word('area'), word('question'), word('option')],
    rows: results.flatMap(({ area, own }) =>
      own.questions.flatMap((question) =>
        question.options.map((option) => ({
          place: [area, question.label, option.label],
          figure: { ...option, n: question.n, dontKnow: null, visibility: question.visibility },
        })),
      ),
    ),
    withChange: false,
    legend: word('ownLegend'),
  };
}
