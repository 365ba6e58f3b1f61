import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { surveyWaves } from '../../db/schema';

/** What answering needs of a wave; `accepting` says whether tenants may answer it today. */
export type AnsweringWave = {
  organizationId: string;
  id: string;
  name: string;
  status: string;
  questionKeys: string[];
  areaIds: string[];
  accepting: boolean;
};

/**
 * The organization's wave (null when it has none with that id). It takes tenants' answers while
 * it is open and its last day, if it has one, has not passed.
 */
/** What answering reads of a wave; `accepting` is the one definition of "takes answers today". */
export const answeringWaveColumns = {
  organizationId: surveyWaves.organizationId,
  id: surveyWaves.id,
  name: surveyWaves.name,
  status: surveyWaves.status,
  questionKeys: surveyWaves.questionKeys,
  areaIds: surveyWaves.areaIds,
  accepting: sql<boolean>`(${surveyWaves.status} = 'open' and (${surveyWaves.endsOn} is null or ${surveyWaves.endsOn} >= current_date))`,
};

export async function waveOfOrganization(
  tx: Tx,
  organizationId: string,
  waveId: string,
): Promise<AnsweringWave | null> {
  const [row] = await tx
    .select(answeringWaveColumns)
    .from(surveyWaves)
    .where(
      and(
        eq(surveyWaves.organizationId, organizationId),
        eq(surveyWaves.id, waveId),
        isNull(surveyWaves.archivedAt),
      ),
    );
  return row ?? null;
}
