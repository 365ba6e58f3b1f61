import { eq } from 'drizzle-orm';
import { organizations } from '../../db/schema';
import {
  type AreaReportData as AnalysisReportData,
  areaReportData as analysisReportData,
} from '../survey-analysis/area-report-data';
import type { AnalysisContext } from '../survey-analysis/context';
import { areaThemeCounts, type ThemeCountRow } from '../survey-texts/theme-counts';

export type ResponseRate = AnalysisReportData['responseRate'];

/** Everything the area report prints: the analysis module's report data, the company and themes. */
export type AreaReportData = AnalysisReportData & {
  organizationName: string;
  themes: ThemeCountRow[] | null;
};

/**
 * The area's figures for the index, its response rate and target (survey-analysis; 404 for an
 * area or wave the actor may not read), and the free-text theme counts (counts only, never text).
 */
export async function areaReportData(
  ctx: AnalysisContext,
  areaId: string,
  waveId?: string,
): Promise<AreaReportData> {
  const data = await analysisReportData(ctx, areaId, { waveId });
  const [organization] = await ctx.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, ctx.actor.organizationId));
  const wave = data.detail.wave;
  const place = wave ? { areaId, waveId: wave.id } : null;
  return {
    ...data,
    organizationName: organization?.name ?? '',
    themes: place ? await areaThemeCounts(ctx.db, ctx.actor, place, ctx.locale) : null,
  };
}
