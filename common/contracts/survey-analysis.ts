import { z } from 'zod';
import { commaList } from './reports';
import { openLinkFlag } from './survey-waves';

/**
 * API contracts of survey analysis (server/modules/survey-analysis/): figures per area and wave
 * with Wilson intervals, changes with Newcombe intervals and verdicts, targets and the
 * cross-company benchmark. Shares are 0–1; a suppressed figure has every number null.
 */

/** A measure: an index key ('trygghetsindex') or a scale question key. */
export const measureKey = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

export const figure = z.object({
  share: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  n: z.number().int().nullable(),
  dontKnow: z.number().int().nullable(),
  visibility: z.enum(['suppressed', 'uncertain', 'shown']),
});
export type Figure = z.infer<typeof figure>;

/** current − previous (fractions) with its 95 % interval; null when either side is suppressed. */
export const change = z
  .object({
    diff: z.number(),
    low: z.number(),
    high: z.number(),
    verdict: z.enum(['certain_increase', 'no_certain_change', 'certain_decrease']),
    words: z.string(),
  })
  .nullable();
export type Change = z.infer<typeof change>;

/**
 * What figures are for: a wave's id, or a month of a continuous survey as `<wave id>:<YYYY-MM>`
 * (server/modules/survey-analysis/periods.ts).
 */
export const periodId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(:\d{4}-(0[1-9]|1[0-2]))?$/i);

/** Figures per wave (continuous surveys as one) or per month of each continuous survey. */
export const periodFrame = z.enum(['wave', 'month']);
export type PeriodFrame = z.infer<typeof periodFrame>;

export const waveRef = z.object({
  id: periodId,
  name: z.string(),
  year: z.number().int(),
  month: z.number().int(),
  /** 'month': one month of a continuous survey. */
  kind: z.enum(['wave', 'continuous', 'month']),
  /** When the wave was last reopened or had answers keyed in after it closed (its results changed
   * after publication); null if never. */
  changedAfterPublicationAt: z.string().nullable(),
});
export type WaveRef = z.infer<typeof waveRef>;

export const targetRef = z.object({ year: z.number().int(), share: z.number() }).nullable();

const cell = z.object({ waveId: periodId, figure, change });

export const overviewQuery = z.strictObject({
  measure: measureKey.default('trygghetsindex'),
  by: periodFrame.default('wave'),
});
export const overview = z.object({
  measure: z.string(),
  label: z.string(),
  waves: z.array(waveRef),
  rows: z.array(
    z.object({
      areaId: z.uuid(),
      areaName: z.string(),
      cells: z.array(cell),
      target: targetRef,
      /** The latest shown share divided by the target of that wave's year. */
      progress: z.number().nullable(),
      /** 'negative': a certain decrease in the area's latest wave. */
      trend: z.enum(['negative']).nullable(),
    }),
  ),
  organization: z.object({ cells: z.array(cell) }),
});
export type Overview = z.infer<typeof overview>;

/** measure: which measure the buildings, entrances and breakdowns are for (default the index). */
export const areaDetailQuery = z.strictObject({
  /** A month of a continuous survey implies by=month. */
  waveId: periodId.optional(),
  by: periodFrame.optional(),
  measure: measureKey.default('trygghetsindex'),
});

const partFigure = z.object({ key: z.string(), label: z.string(), figure });
export const breakdownGroups = ['age', 'gender', 'years', 'channel'] as const;

export const areaDetail = z.object({
  area: z.object({ id: z.uuid(), name: z.string() }),
  wave: waveRef.nullable(),
  waves: z.array(waveRef),
  measure: z.string(),
  measures: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      kind: z.enum(['index', 'item']),
      figure,
      change,
      target: targetRef,
      series: z.array(z.object({ waveId: periodId, figure })),
    }),
  ),
  buildings: z.array(z.object({ buildingId: z.uuid(), address: z.string(), figure })),
  entrances: z.array(
    z.object({ entranceId: z.uuid(), buildingId: z.uuid(), label: z.string(), address: z.string(), figure }),
  ),
  breakdowns: z.array(
    z.object({ group: z.enum(breakdownGroups), label: z.string(), parts: z.array(partFigure) }),
  ),
  signals: z.array(z.object({ measureKey: z.string(), label: z.string(), change })),
  /**
   * The period's answers in the area and how many came by a stairwell's open link (all null while
   * fewer than 5 answered), and the stairwells flagged for more open-link answers than households.
   * Null when the area has no period.
   */
  openLinks: z
    .object({
      responses: z.number().int().nullable(),
      openLinkResponses: z.number().int().nullable(),
      share: z.number().nullable(),
      flags: z.array(openLinkFlag),
    })
    .nullable(),
  /** The survey actions the actor may take on this area ('survey.manage' sets targets). */
  abilities: z.array(z.string()),
});
export type AreaDetail = z.infer<typeof areaDetail>;

export const signalList = z.object({
  items: z.array(
    z.object({
      areaId: z.uuid(),
      areaName: z.string(),
      measureKey: z.string(),
      label: z.string(),
      waveId: z.uuid(),
      change,
    }),
  ),
});

export const compareQuery = z.strictObject({
  areaIds: commaList(z.uuid()).pipe(z.array(z.uuid()).min(1).max(50)),
  waveId: periodId.optional(),
  measure: measureKey.default('trygghetsindex'),
});
export const comparison = z.object({
  measure: z.string(),
  wave: waveRef.nullable(),
  rows: z.array(z.object({ areaId: z.uuid(), areaName: z.string(), figure, change })),
});

export const mapQuery = z.strictObject({
  waveId: periodId.optional(),
  measure: measureKey.default('trygghetsindex'),
});
export const choropleth = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.custom<object>((value) => typeof value === 'object' && value !== null),
      properties: z.object({
        areaId: z.uuid(),
        name: z.string(),
        share: z.number().nullable(),
        visibility: figure.shape.visibility,
        n: z.number().int().nullable(),
      }),
    }),
  ),
});

export const targetInput = z.strictObject({
  areaId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  measureKey,
  share: z.number().min(0).max(1),
});
export const targetsQuery = z.strictObject({ areaId: z.uuid().optional() });
export const targetView = z.object({
  id: z.uuid(),
  areaId: z.uuid(),
  areaName: z.string(),
  year: z.number().int(),
  measureKey: z.string(),
  share: z.number(),
});
export const targetList = z.object({ items: z.array(targetView) });

export const benchmarkQuery = z.strictObject({
  measure: measureKey.default('trygghetsindex'),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const benchmark = z.object({
  measure: z.string(),
  year: z.number().int(),
  own: figure.nullable(),
  /** How many other organizations take part (their figures are never sent). */
  others: z.number().int(),
  /** Of the other organizations' shown figures; null while fewer than 5 have one, or while the
   * own organization does not take part itself. */
  distribution: z.object({ median: z.number(), q1: z.number(), q3: z.number() }).nullable(),
  optedIn: z.boolean(),
});

export const benchmarkOptIn = z.strictObject({ optIn: z.boolean() });
