import { eq } from 'drizzle-orm';
import {
  type RetentionKindName,
  type RetentionUnit,
  retentionKinds,
} from '../../../common/retention/schedule';
import type { Tx } from '../../db/client';
import { retentionSettings } from '../../db/schema';

export type EffectivePeriod = {
  kind: RetentionKindName;
  period: number;
  unit: RetentionUnit;
  source: 'default' | 'organization';
  decision: string | null;
};

/** The period each kind is kept for in an organization: its own setting, else the default. */
export async function effectivePeriods(db: Tx, organizationId: string | null) {
  const own = organizationId
    ? await db.select().from(retentionSettings).where(eq(retentionSettings.organizationId, organizationId))
    : [];
  const byKind = new Map(own.map((row) => [row.kind, row]));
  return (Object.keys(retentionKinds) as RetentionKindName[]).map((kind): EffectivePeriod => {
    const spec = retentionKinds[kind];
    const row = spec.scope === 'organization' ? byKind.get(kind) : undefined;
    // A stored value outside today's bounds (the bounds were changed) is held to them.
    const period = row ? Math.min(spec.max, Math.max(spec.min, row.period)) : spec.default;
    return {
      kind,
      period,
      unit: spec.unit,
      source: row ? 'organization' : 'default',
      decision: row?.decision ?? null,
    };
  });
}

/** The moment before which data of this period is due: `now` less the period. */
export function cutoffOf(now: Date, period: number, unit: RetentionUnit): Date {
  const cutoff = new Date(now);
  if (unit === 'days') cutoff.setUTCDate(cutoff.getUTCDate() - period);
  else cutoff.setUTCMonth(cutoff.getUTCMonth() - period);
  return cutoff;
}
