import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { benchmark } from '../../../common/contracts/survey-analysis';
import { organizations } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { authorize } from '../../platform/policy';
import { surveyPermissions } from '../surveys/policy';
import { rollupSource } from '../surveys/rollups';
import { type AnalysisContext, readScope } from './context';
import { measureFigure } from './figures';
import type { Measure } from './measures';
import { analysisFieldError } from './messages';
import { ownMeasures } from './own-questions';
import { quartiles } from './quartiles';
import { resolveMeasure } from './resolve';
import { tableOf } from './rollup-table';

/** Fewer other organizations with a shown figure than this, and no distribution is given. */
export const benchmarkMinimumOthers = 5;

type Benchmark = z.infer<typeof benchmark>;

/**
 * The organization's own figure for a measure and year against the other organizations that
 * take part: their median and quartiles, never a single company's figure or name. The year is
 * the year the answers were given (answered_month), so continuous surveys count where they
 * fall. A company sees the distribution only while it takes part itself (give to get), and only
 * once at least 5 others have a shown figure. Two statements, both on indexed columns: the
 * rollups at organization scope (survey_rollups_scope_idx) and the opt-in counts.
 */
export async function surveyBenchmark(
  ctx: AnalysisContext,
  query: { measure: string; year: number },
): Promise<Benchmark> {
  readScope(ctx.actor);
  const own = await ownMeasures(ctx);
  // Companies compare like with like: only the default index definitions are benchmarked.
  if (own.indexes.some((index) => index.key === query.measure)) {
    throw analysisFieldError(ctx.locale, 'measure', 'ownIndexNotBenchmarked');
  }
  const measure = resolveMeasure(ctx, { own: { indexes: [], questions: own.questions } }, query.measure);
  const [figures, participation] = await Promise.all([
    organizationFigures(ctx, measure, query.year),
    participationOf(ctx),
  ]);
  const ownFigure = figures.get(ctx.actor.organizationId) ?? null;
  const others = [...figures.entries()]
    .filter(([id, figure]) => id !== ctx.actor.organizationId && figure.share !== null)
    .map(([, figure]) => figure.share as number);
  const enough = participation.optedIn && others.length >= benchmarkMinimumOthers;
  return {
    measure: measure.key,
    year: query.year,
    own: ownFigure,
    others: participation.others,
    distribution: enough ? quartiles(others) : null,
    optedIn: participation.optedIn,
  };
}

/** Each taking-part organization's figure (and the own, taking part or not), by organization id. */
async function organizationFigures(ctx: AnalysisContext, measure: Measure, year: number) {
  const questions = sql.join(
    measure.itemKeys.map((key) => sql`${key}`),
    sql`, `,
  );
  const result = (await ctx.db.execute(sql`
    select ${year}::text as wave_id, r.organization_id::text as place, r.question_key,
           sum(r.answered)::int as answered, sum(r.positive)::int as positive, sum(r.dont_know)::int as dont_know
      from ${rollupSource()} r
      join organizations o on o.id = r.organization_id
     where r.scope = 'organization' and r.group_key = 'all' and r.question_key in (${questions})
       and r.answered_month between ${`${year}-01-01`}::date and ${`${year}-12-01`}::date
       and (o.survey_benchmark_opt_in or o.id = ${ctx.actor.organizationId})
     group by 1, 2, 3`)) as { rows: Parameters<typeof tableOf>[0] };
  const table = tableOf(result.rows);
  const ids = new Set(result.rows.map((row) => row.place));
  return new Map(
    [...ids].map((id) => [id, measureFigure(measure, table.items(String(year), id, measure.itemKeys))]),
  );
}

async function participationOf(ctx: AnalysisContext) {
  const result = (await ctx.db.execute(sql`
    select coalesce(bool_or(id = ${ctx.actor.organizationId}), false) as opted_in,
           (count(*) filter (where id <> ${ctx.actor.organizationId}))::int as others
      from organizations where survey_benchmark_opt_in`)) as {
    rows: { opted_in: boolean; others: number }[];
  };
  const row = result.rows[0];
  return { optedIn: Boolean(row?.opted_in), others: Number(row?.others ?? 0) };
}

/** Takes part in the benchmark or stops (admin); recorded in the audit log. */
export async function setBenchmarkOptIn(ctx: AnalysisContext, optIn: boolean): Promise<{ optIn: boolean }> {
  authorize(surveyPermissions, ctx.actor, 'survey.benchmark_opt_in');
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ optIn: organizations.surveyBenchmarkOptIn })
      .from(organizations)
      .where(eq(organizations.id, ctx.actor.organizationId));
    await tx
      .update(organizations)
      .set({ surveyBenchmarkOptIn: optIn })
      .where(eq(organizations.id, ctx.actor.organizationId));
    await recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'organization',
      entityId: ctx.actor.organizationId,
      before: { surveyBenchmarkOptIn: before?.optIn ?? false },
      after: { surveyBenchmarkOptIn: optIn },
    });
    return { optIn };
  });
}
