import { sql } from 'drizzle-orm';
import type { AreaDetail, Overview } from '../../../common/contracts/survey-analysis';
import { minimumCellSize, uncertainBelow } from '../../../common/statistics';
import { getAreaDetail } from './area-detail-service';
import type { AnalysisContext } from './context';
import { surveyOverview } from './overview-service';
import { frameOf, monthOfPeriod, periodCondition } from './periods';

/**
 * What a per-area report (PDF) or workbook (XLSX) needs for one area and wave. The export
 * helpers build on the service functions of this module; all are exported and return the same
 * shapes as the API (common/contracts/survey-analysis.ts), already suppressed:
 * - getAreaDetail(ctx, areaId, { waveId?, by?, measure }) — the area page (measures with series,
 *   buildings, entrances, breakdowns, signals);
 * - surveyOverview(ctx, { measure, by }) — the area × wave (or month) table of one measure (a workbook sheet);
 * - surveySignals(ctx), compareAreas(ctx, …), surveyMap(ctx, …), surveyBenchmark(ctx, …).
 * Build the context with `analysisContext(app, request)` (routes.ts). They throw AppError
 * (404 for an area or wave the actor may not see), like the routes.
 */
export type AreaReportData = {
  detail: AreaDetail;
  /** The area's row of the index table: every wave, target and progress. */
  indexRow: Overview['rows'][number] | null;
  waves: Overview['waves'];
  /** Letters sent and used, and answers, in the area in the wave; rate = used / issued. */
  responseRate: { codesIssued: number; codesUsed: number; responses: number; rate: number | null };
  /** The thresholds the method note names (never shown below 5, uncertain below 30). */
  method: { minimumCellSize: number; uncertainBelow: number; confidence: 0.95 };
};

/** Everything for the report of one area in one wave (default: the area's latest wave). */
export async function areaReportData(
  ctx: AnalysisContext,
  areaId: string,
  options: { waveId?: string; measure?: string } = {},
): Promise<AreaReportData> {
  const measure = options.measure ?? 'trygghetsindex';
  const by = frameOf(undefined, options.waveId);
  const detail = await getAreaDetail(ctx, areaId, { waveId: options.waveId, by, measure });
  const overview = await surveyOverview(ctx, { measure, by });
  const responseRate = detail.wave
    ? await responseRateOf(ctx, areaId, detail.wave.id)
    : { codesIssued: 0, codesUsed: 0, responses: 0, rate: null };
  return {
    detail,
    indexRow: overview.rows.find((row) => row.areaId === areaId) ?? null,
    waves: overview.waves,
    responseRate,
    method: { minimumCellSize, uncertainBelow, confidence: 0.95 },
  };
}

/** In a month of a continuous survey: the codes (invitations) made that month, and its answers. */
async function responseRateOf(ctx: AnalysisContext, areaId: string, periodId: string) {
  const org = ctx.actor.organizationId;
  const month = monthOfPeriod(periodId);
  const waveId = month?.waveId ?? periodId;
  const codesOfPeriod = month ? sql`and date_trunc('month', created_at)::date = ${month.month}::date` : sql``;
  const result = (await ctx.db.execute(sql`
    select (select count(*)::int from survey_codes
             where organization_id = ${org} and wave_id = ${waveId} and area_id = ${areaId}
               ${codesOfPeriod}) as issued,
           (select count(*)::int from survey_codes
             where organization_id = ${org} and wave_id = ${waveId} and area_id = ${areaId}
               ${codesOfPeriod} and used_on is not null) as used,
           (select count(*)::int from survey_responses
             where organization_id = ${org} and area_id = ${areaId}
               and ${periodCondition(periodId, sql`wave_id`, sql`answered_month`)}) as responses`)) as {
    rows: { issued: number; used: number; responses: number }[];
  };
  const row = result.rows[0];
  const codesIssued = Number(row.issued);
  const codesUsed = Number(row.used);
  return {
    codesIssued,
    codesUsed,
    responses: Number(row.responses),
    rate: codesIssued > 0 ? codesUsed / codesIssued : null,
  };
}
