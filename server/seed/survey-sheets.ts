import type { FourPointAnswer } from '../../common/statistics';
import { scaleQuestionKeys } from '../../common/surveys/scale-questions';
import type { PlannedAreaWave } from './survey-plan';

/** One demo answer sheet: an answer to every scale item, the background answers, maybe a comment. */
export type DemoSheet = {
  answers: [string, FourPointAnswer][];
  channel: 'code' | 'paper';
  ageGroup: string | null;
  gender: string | null;
  yearsInArea: string | null;
  freeText: string | null;
};

// What tenants write under "where and why do you feel unsafe": the themes the companies' own
// reports name (lighting, stairwells, cellars, youth groups, drugs, cars, bushes).
const comments = [
  'Dålig belysning på gångvägen mot centrum, det är mörkt på kvällarna.',
  'Ytterdörren till trapphuset går inte i lås ordentligt.',
  'Ungdomsgäng samlas vid tunnelbanan på kvällarna.',
  'Obehagligt i källaren, lampan är ofta trasig.',
  'Buskarna vid lekplatsen borde klippas, man ser inte vem som står där.',
  'Folk som inte bor här sover i trapphuset ibland.',
  'Bilar kör för fort på gården.',
  'Det har varit inbrott i förråden flera gånger.',
  'Tvättstugan är bra men dörren borde ha kodlås.',
  'Jag känner mig trygg här, grannarna hälsar på varandra.',
  'Det luktar narkotika i parken på kvällarna.',
  'Bra att det har blivit mer belysning vid parkeringen.',
];

const ageGroups: [string, number][] = [
  ['age_under_25', 0.08],
  ['age_25_39', 0.3],
  ['age_40_54', 0.28],
  ['age_55_69', 0.2],
  ['age_70_plus', 0.14],
];
const genders: [string, number][] = [
  ['woman', 0.54],
  ['man', 0.42],
  ['other_or_undisclosed', 0.04],
];
const years: [string, number][] = [
  ['years_under_1', 0.1],
  ['years_1_4', 0.3],
  ['years_5_9', 0.22],
  ['years_10_plus', 0.38],
];

/**
 * The sheets of one area and wave, with exactly the planned count of each answer per item. Each
 * respondent has a latent "how safe do I feel" and the better answers go to those who feel
 * safer, with noise, so items correlate as in real answers (analysis can relate cause and effect).
 */
export function planSheets(area: PlannedAreaWave, random: () => number): DemoSheet[] {
  const latent = Array.from({ length: area.responses }, () => random());
  const answers: [string, FourPointAnswer][][] = latent.map(() => []);
  for (const key of scaleQuestionKeys) {
    const tally = area.items[key];
    const ordered: FourPointAnswer[] = ([1, 2, 3, 4] as const).flatMap((value) =>
      Array(tally[value]).fill(value),
    );
    for (let i = 0; i < tally.dont_know; i++) {
      ordered.splice(Math.floor(random() * (ordered.length + 1)), 0, 'dont_know');
    }
    const byFeeling = latent
      .map((value, respondent) => ({ respondent, key: value + random() * 0.8 }))
      .sort((a, b) => b.key - a.key);
    for (const [rank, { respondent }] of byFeeling.entries()) answers[respondent].push([key, ordered[rank]]);
  }
  const commenters = Math.max(3, Math.round(area.responses * 0.03));
  return answers.map((sheet, i) => ({
    answers: sheet,
    channel: random() < 0.15 ? 'paper' : 'code',
    ageGroup: pick(ageGroups, random),
    gender: pick(genders, random),
    yearsInArea: pick(years, random),
    freeText: i < commenters ? comments[Math.floor(random() * comments.length)] : null,
  }));
}

/** A weighted choice; about one in twenty leaves a background question blank. */
function pick(options: [string, number][], random: () => number): string | null {
  if (random() < 0.05) return null;
  let left = random();
  for (const [key, weight] of options) {
    left -= weight;
    if (left < 0) return key;
  }
  return options[options.length - 1][0];
}
