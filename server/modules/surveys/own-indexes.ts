import { and, eq, isNull } from 'drizzle-orm';
import type { SurveyIndexView } from '../../../common/contracts/survey-indexes';
import type { Tx } from '../../db/client';
import { surveyIndexes } from '../../db/schema';

type IndexRow = Pick<typeof surveyIndexes.$inferSelect, 'key' | 'label' | 'itemKeys'>;

/** An own index as the question bank lists it; English falls back to Swedish. */
export const presentOwnIndex = (row: IndexRow): SurveyIndexView => ({
  key: row.key,
  label: { sv: row.label.sv, en: row.label.en ?? row.label.sv },
  questionKeys: [...row.itemKeys],
  own: true,
});

/** The organization's live own indexes, oldest first. */
export async function ownIndexes(tx: Tx, organizationId: string): Promise<SurveyIndexView[]> {
  const rows = await tx
    .select({ key: surveyIndexes.key, label: surveyIndexes.label, itemKeys: surveyIndexes.itemKeys })
    .from(surveyIndexes)
    .where(and(eq(surveyIndexes.organizationId, organizationId), isNull(surveyIndexes.archivedAt)))
    .orderBy(surveyIndexes.createdAt, surveyIndexes.key);
  return rows.map(presentOwnIndex);
}

/** Whether the organization has an index with this key, live or archived (the key stays taken). */
export async function ownIndexKeyTaken(tx: Tx, organizationId: string, key: string): Promise<boolean> {
  const rows = await tx
    .select({ key: surveyIndexes.key })
    .from(surveyIndexes)
    .where(and(eq(surveyIndexes.organizationId, organizationId), eq(surveyIndexes.key, key)));
  return rows.length > 0;
}
