import { defaultSurveyIndexes } from '../../common/surveys/indexes';
import { type ScaleQuestionKey, scaleQuestionKeys } from '../../common/surveys/scale-questions';
import { seededRandom } from './demo-report-plan';

/**
 * The demo's survey waves as counts: per area and wave the number of responses and, per scale
 * item, how many answered 1 (mycket bra) … 4 (dålig) or "vet ej". The counts are solved so that
 * the figures computed from the raw answers reproduce what the two companies published
 * (../shared/domain.md):
 * - Helsingborgshem, all four areas pooled: 57.0 % safe (2018) → 67.0 % (2020);
 * - Drottninghög: 46.0 % → 64.0 %;
 * - Botkyrkabyggen, Fittja + Alby + Norsborg pooled: +2.9 pp 2018 → 2019; Fittja alone +7.0 pp;
 * - Alby, safety in the area in the evening and at night: +5.7 pp.
 *
 * "Safe" is the trygghetsindex: the mean over its four items of each item's top-2-box share,
 * "vet ej" left out. POOLED over several areas it is the mean over the four items of
 * (sum of positives / sum of answers 1–4) across those areas — answers pooled per item, not a
 * mean of area indexes. survey-figures.test.ts uses the same definition.
 */
export type ItemTally = { 1: number; 2: number; 3: number; 4: number; dont_know: number };

export type PlannedAreaWave = {
  areaCode: string;
  /** Households that got a letter; responses / households is the response rate (40–67 %). */
  households: number;
  responses: number;
  items: Record<ScaleQuestionKey, ItemTally>;
};

export type PlannedWave = {
  organizationSlug: string;
  year: number;
  name: string;
  /** First day of the month answered. */
  month: string;
  areas: PlannedAreaWave[];
};

export const safetyItems = defaultSurveyIndexes[0].itemKeys;

/** Area index level before solving, households and response rate per wave year. */
const areaLevels: Record<string, { households: number; years: Record<number, [number, number]> }> = {
  FIT: { households: 720, years: { 2018: [0.52, 0.42], 2019: [0.59, 0.47] } },
  ALB: { households: 640, years: { 2018: [0.58, 0.44], 2019: [0.59, 0.5] } },
  NOR: { households: 560, years: { 2018: [0.64, 0.46], 2019: [0.645, 0.5] } },
  HAL: { households: 480, years: { 2018: [0.7, 0.5], 2019: [0.72, 0.55] } },
  DRH: { households: 600, years: { 2018: [0.46, 0.45], 2019: [0.55, 0.5], 2020: [0.64, 0.55] } },
  DAL: { households: 420, years: { 2018: [0.6, 0.5], 2019: [0.63, 0.56], 2020: [0.67, 0.6] } },
  FRD: { households: 520, years: { 2018: [0.58, 0.48], 2019: [0.61, 0.52], 2020: [0.65, 0.55] } },
  HUS: { households: 380, years: { 2018: [0.66, 0.55], 2019: [0.69, 0.58], 2020: [0.73, 0.62] } },
};

/** How an item's share sits relative to the area level, and how often it gets "vet ej". */
const itemProfile: Record<ScaleQuestionKey, { offset: number; dontKnow: number }> = {
  safety_evening_area: { offset: -0.08, dontKnow: 0.02 },
  safety_stairwell: { offset: 0.06, dontKnow: 0.01 },
  safety_cellar_storage: { offset: -0.03, dontKnow: 0.06 },
  safety_laundry: { offset: 0.05, dontKnow: 0.05 },
  burglary_apartment: { offset: 0.1, dontKnow: 0.03 },
  burglary_storage: { offset: -0.05, dontKnow: 0.07 },
  outdoor_lighting: { offset: -0.02, dontKnow: 0.02 },
  clean_tidy: { offset: -0.04, dontKnow: 0.01 },
  neighbour_contact: { offset: 0.02, dontKnow: 0.04 },
  neighbour_disturbance: { offset: 0.04, dontKnow: 0.03 },
  landlord_safety_work: { offset: -0.06, dontKnow: 0.09 },
};

type Draft = {
  code: string;
  year: number;
  households: number;
  n: number;
  valid: number[];
  positive: number[];
};

const waveSpecs = [
  {
    organizationSlug: 'helsingborgshem',
    codes: ['DRH', 'DAL', 'FRD', 'HUS'],
    years: [2018, 2019, 2020],
    month: 11,
  },
  { organizationSlug: 'botkyrkabyggen', codes: ['FIT', 'ALB', 'NOR', 'HAL'], years: [2018, 2019], month: 10 },
];

const evening = scaleQuestionKeys.indexOf('safety_evening_area');
const safetyIndexes = safetyItems.map((key) => scaleQuestionKeys.indexOf(key));

/** The planned waves; deterministic (a fixed seed), so every demo has the same figures. */
export function planSurveyWaves(): PlannedWave[] {
  const random = seededRandom('trygg-demo-surveys');
  const drafts = new Map<string, Draft>();
  for (const spec of waveSpecs) {
    for (const year of spec.years)
      for (const code of spec.codes) drafts.set(`${code}/${year}`, draft(code, year, random));
  }
  solvePublishedFigures((code, year) => drafts.get(`${code}/${year}`) as Draft);
  return waveSpecs.flatMap((spec) =>
    spec.years.map((year) => ({
      organizationSlug: spec.organizationSlug,
      year,
      name: `Trygghetsmätning ${year}`,
      month: `${year}-${String(spec.month).padStart(2, '0')}-01`,
      areas: spec.codes.map((code) => tallies(drafts.get(`${code}/${year}`) as Draft, random)),
    })),
  );
}

function draft(code: string, year: number, random: () => number): Draft {
  const { households, years } = areaLevels[code];
  const [level, rate] = years[year];
  const n = Math.round(households * rate);
  const valid = scaleQuestionKeys.map((key) => n - Math.max(1, Math.round(n * itemProfile[key].dontKnow)));
  const positive = scaleQuestionKeys.map((key, i) => {
    const share = Math.min(0.95, level + itemProfile[key].offset + (random() - 0.5) * 0.04);
    return Math.round(share * valid[i]);
  });
  return { code, year, households, n, valid, positive };
}

/** The pooled trygghetsindex (see the module comment) of some area-waves. */
export function pooledIndex(parts: readonly { positive: number; valid: number }[][]): number {
  const shares = safetyItems.map((_, item) => {
    const positive = parts.reduce((sum, part) => sum + part[item].positive, 0);
    const valid = parts.reduce((sum, part) => sum + part[item].valid, 0);
    return positive / valid;
  });
  return shares.reduce((sum, share) => sum + share, 0) / shares.length;
}

function safetyParts(d: Draft) {
  return safetyIndexes.map((i) => ({ positive: d.positive[i], valid: d.valid[i] }));
}

type Knob = { draft: Draft; item: number };

function solvePublishedFigures(at: (code: string, year: number) => Draft): void {
  const index = (codes: string[], year: number) =>
    pooledIndex(codes.map((code) => safetyParts(at(code, year))));
  const safetyKnobs = (d: Draft): Knob[] => safetyIndexes.map((item) => ({ draft: d, item }));
  const helsingborg = ['DRH', 'DAL', 'FRD', 'HUS'];
  const botkyrka = ['FIT', 'ALB', 'NOR'];
  reach(0.46, () => index(['DRH'], 2018), safetyKnobs(at('DRH', 2018)));
  reach(0.64, () => index(['DRH'], 2020), safetyKnobs(at('DRH', 2020)));
  for (const [year, target] of [
    [2018, 0.57],
    [2020, 0.67],
  ]) {
    reach(target, () => index(helsingborg, year), [
      ...safetyKnobs(at('DAL', year)),
      ...safetyKnobs(at('FRD', year)),
    ]);
  }
  const alby = (year: number) => at('ALB', year).positive[evening] / at('ALB', year).valid[evening];
  reach(0.057, () => alby(2019) - alby(2018), [
    { draft: at('ALB', 2019), item: evening },
    { draft: at('ALB', 2018), item: evening },
  ]);
  reach(0.07, () => index(['FIT'], 2019) - index(['FIT'], 2018), safetyKnobs(at('FIT', 2019)));
  reach(0.029, () => index(botkyrka, 2019) - index(botkyrka, 2018), safetyKnobs(at('NOR', 2019)));
}

/**
 * Moves positives one at a time towards the target, then searches small combined moves of the
 * first knobs: items with different bases make differences far finer than one answer.
 */
function reach(target: number, measure: () => number, knobs: Knob[]): void {
  for (let i = 0; i < 1000 && Math.abs(measure() - target) > 0.0004; i++) {
    const knob = knobs[i % knobs.length];
    const before = measure();
    shift([knob], [1]);
    const raises = measure() > before;
    shift([knob], [raises === before < target ? 0 : -2]);
  }
  const used = knobs.slice(0, 3);
  const best = fineSearch(target, measure, used);
  shift(used, best.moves);
  if (best.error > 0.0002) throw new Error(`demo survey plan cannot reach ${target} (off by ${best.error})`);
}

function fineSearch(target: number, measure: () => number, used: Knob[]) {
  // Knobs moving in opposite directions (±1 with different bases) reach the fine steps.
  const range = used.length === 2 ? 12 : 5;
  let best = { error: Math.abs(measure() - target), moves: used.map(() => 0) };
  const search = (moves: number[]) => {
    if (moves.length < used.length) {
      for (let by = -range; by <= range; by++) search([...moves, by]);
      return;
    }
    shift(used, moves);
    const error = Math.abs(measure() - target);
    if (error < best.error) best = { error, moves };
    shift(
      used,
      moves.map((by) => -by),
    );
  };
  search([]);
  return best;
}

function shift(knobs: Knob[], moves: number[]): void {
  for (const [k, knob] of knobs.entries()) knob.draft.positive[knob.item] += moves[k];
}

function tallies(d: Draft, random: () => number): PlannedAreaWave {
  const items = Object.fromEntries(
    scaleQuestionKeys.map((key, i) => {
      const positive = d.positive[i];
      const negative = d.valid[i] - positive;
      const top = Math.round(positive * (0.3 + random() * 0.15));
      const fair = Math.round(negative * (0.55 + random() * 0.15));
      const tally = { 1: top, 2: positive - top, 3: fair, 4: negative - fair, dont_know: d.n - d.valid[i] };
      return [key, tally];
    }),
  ) as Record<ScaleQuestionKey, ItemTally>;
  return { areaCode: d.code, households: d.households, responses: d.n, items };
}
