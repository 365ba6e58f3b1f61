import type { z } from 'zod';
import type {
  AreaDetail,
  benchmark,
  Change,
  choropleth,
  comparison,
  Figure,
  Overview,
  signalList,
  targetInput,
  WaveRef,
} from '../../../../common/contracts/survey-analysis';
import type { surveyQuestionBank } from '../../../../common/contracts/survey-waves';

/** The analysis API's shapes as the pages use them (common/contracts/survey-analysis.ts). */
export type { AreaDetail as AreaAnalysis, Change, Figure, Overview, WaveRef };

export type OverviewRow = Overview['rows'][number];
export type OverviewCell = OverviewRow['cells'][number];
export type Target = NonNullable<OverviewRow['target']>;
export type AreaMeasure = AreaDetail['measures'][number];
export type Breakdown = AreaDetail['breakdowns'][number];
export type Signal = AreaDetail['signals'][number];
export type SignalItem = z.infer<typeof signalList>['items'][number];
export type Comparison = z.infer<typeof comparison>;
export type CompareRow = Comparison['rows'][number];
export type Choropleth = z.infer<typeof choropleth>;
export type Benchmark = z.infer<typeof benchmark>;
export type SurveyTarget = z.infer<typeof targetInput>;
/** GET /api/survey-questions: the measures to choose from. */
export type SurveyQuestionList = z.infer<typeof surveyQuestionBank>;
