import { sql } from 'drizzle-orm';
import type { OpenLinkFlag } from '../../../common/contracts/survey-waves';
import { steppedCount } from '../../../common/statistics';
import type { Tx } from '../../db/client';

/**
 * When a stairwell's registered apartments are unknown (none in the register), this many open-link
 * answers in one period are taken as its households.
 */
const householdsWhenUnknown = 10;

type Period = { organizationId: string; waveId: string; kind: string; areaIds: string[]; month?: string };

type BurstRow = {
  entrance_id: string;
  building_id: string;
  area_id: string;
  month: string | null;
  address: string;
  label: string;
  households: number;
  answers: number;
};

/**
 * The stairwells whose open link brought in more answers in one period than they have households
 * (the rule in docs/surveys-anonymity.md): a wave counts as one period, a continuous survey each
 * month. Such answers stay counted (nothing is silently dropped) but are flagged to the
 * coordinator on the wave page and the area's figures. The count is sent in steps of five.
 */
export async function openLinkBursts(tx: Tx, period: Period): Promise<OpenLinkFlag[]> {
  if (period.areaIds.length === 0) return [];
  const monthly = period.kind === 'continuous';
  const month = period.month ? sql`and r.answered_month = ${period.month}::date` : sql``;
  const areaList = sql.join(
    period.areaIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = (await tx.execute(sql`
    with counted as (
      select r.entrance_id, r.building_id, r.area_id,
             ${monthly ? sql`to_char(r.answered_month, 'YYYY-MM')` : sql`null::text`} as month,
             count(*)::int as answers
        from survey_responses r
       where r.organization_id = ${period.organizationId} and r.wave_id = ${period.waveId}
         and r.channel = 'open_link' and r.entrance_id is not null and r.area_id in (${areaList}) ${month}
       group by 1, 2, 3, 4)
    select c.*, b.address, e.label,
           (select count(*)::int from apartments a
             where a.organization_id = e.organization_id and a.entrance_id = e.id
               and a.archived_at is null) as households
      from counted c
      join entrances e on e.organization_id = ${period.organizationId} and e.id = c.entrance_id
      join buildings b on b.organization_id = e.organization_id and b.id = e.building_id
     order by b.address, e.label, c.month`)) as { rows: BurstRow[] };
  return result.rows
    .map((row) => ({ ...row, households: Number(row.households), answers: Number(row.answers) }))
    .filter((row) => row.answers > (row.households > 0 ? row.households : householdsWhenUnknown))
    .map((row) => ({
      entranceId: row.entrance_id,
      buildingId: row.building_id,
      areaId: row.area_id,
      address: `${row.address} · ${row.label}`,
      month: row.month,
      households: row.households,
      openLinkResponses: steppedCount(row.answers),
    }));
}
