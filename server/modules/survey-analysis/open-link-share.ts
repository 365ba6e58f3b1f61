import { sql } from 'drizzle-orm';
import type { AreaDetail } from '../../../common/contracts/survey-analysis';
import { minimumCellSize } from '../../../common/statistics';
import { openLinkBursts } from '../surveys/open-link-bursts';
import type { AnalysisContext, AnalysisWave } from './context';
import { monthOfPeriod } from './periods';

type OpenLinkShare = NonNullable<AreaDetail['openLinks']>;

/**
 * How many of the area's answers in the period came by a stairwell's open link (anyone at the
 * stairwell may answer: weaker than a letter's code), and the stairwells flagged for more open-link
 * answers than households. Counted from the responses (one indexed count); like a figure, nothing
 * — share or flags — is said while the area has fewer than five answers in the period.
 */
export async function openLinkShare(
  ctx: AnalysisContext,
  areaId: string,
  period: AnalysisWave,
): Promise<OpenLinkShare> {
  const ofMonth = monthOfPeriod(period.id);
  const waveId = ofMonth?.waveId ?? period.id;
  const month = ofMonth?.month;
  const org = ctx.actor.organizationId;
  const result = (await ctx.db.execute(sql`
    select count(*)::int as responses, count(*) filter (where channel = 'open_link')::int as open_link
      from survey_responses
     where organization_id = ${org} and wave_id = ${waveId} and area_id = ${areaId}
       ${month ? sql`and answered_month = ${month}::date` : sql``}`)) as {
    rows: { responses: number; open_link: number }[];
  };
  const responses = Number(result.rows[0]?.responses ?? 0);
  const openLink = Number(result.rows[0]?.open_link ?? 0);
  // A flag names a stairwell and its households: like every figure, nothing below five answers.
  if (responses < minimumCellSize)
    return { responses: null, openLinkResponses: null, share: null, flags: [] };
  const flags = await openLinkBursts(ctx.db, {
    organizationId: org,
    waveId,
    kind: period.kind === 'wave' ? 'wave' : 'continuous',
    areaIds: [areaId],
    month,
  });
  return { responses, openLinkResponses: openLink, share: openLink / responses, flags };
}
