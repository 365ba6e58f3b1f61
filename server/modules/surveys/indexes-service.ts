import { and, eq, isNull, sql } from 'drizzle-orm';
import type {
  SurveyIndexInput,
  SurveyIndexPatch,
  SurveyIndexView,
} from '../../../common/contracts/survey-indexes';
import { defaultSurveyIndexes } from '../../../common/surveys/indexes';
import { defaultQuestions } from '../../../common/surveys/question-bank';
import type { Tx } from '../../db/client';
import { surveyIndexes, surveyQuestions } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import type { SurveyContext } from './context';
import { conflictError, fieldError } from './messages';
import { ownIndexKeyTaken, presentOwnIndex } from './own-indexes';
import { surveyPermissions } from './policy';
import { ownQuestions } from './questions-service';

const labelOf = (label: SurveyIndexInput['label']) => ({ sv: label.sv, en: label.en ?? label.sv });

/**
 * Each item must be a live scale question of the bank (default or the organization's own) and
 * appear once: a 400 naming `itemKeys.N` otherwise.
 */
async function checkItems(tx: Tx, ctx: SurveyContext, itemKeys: readonly string[]) {
  const own = await ownQuestions(tx, ctx.actor.organizationId);
  const kinds = new Map<string, string>([...defaultQuestions, ...own].map((q) => [q.key, q.kind]));
  const seen = new Set<string>();
  itemKeys.forEach((key, n) => {
    const kind = kinds.get(key);
    const path = `itemKeys.${n}`;
    if (kind === undefined) throw fieldError(ctx.locale, path, 'unknown');
    if (kind !== 'scale') throw fieldError(ctx.locale, path, 'notScale');
    if (seen.has(key)) throw fieldError(ctx.locale, path, 'duplicate');
    seen.add(key);
  });
}

/** A key is taken by a default index or question, or by any own index or question, archived too. */
async function keyTaken(tx: Tx, organizationId: string, key: string): Promise<boolean> {
  if (defaultSurveyIndexes.some((index) => index.key === key)) return true;
  if (defaultQuestions.some((question) => question.key === key)) return true;
  const questions = await tx
    .select({ key: surveyQuestions.key })
    .from(surveyQuestions)
    .where(and(eq(surveyQuestions.organizationId, organizationId), eq(surveyQuestions.key, key)));
  return questions.length > 0 || (await ownIndexKeyTaken(tx, organizationId, key));
}

/** Adds an own index (organization-wide managers only: the index is the whole organization's). */
export async function createIndex(ctx: SurveyContext, input: SurveyIndexInput): Promise<SurveyIndexView> {
  authorize(surveyPermissions, ctx.actor, 'survey.manage');
  return ctx.db.transaction(async (tx) => {
    await checkItems(tx, ctx, input.itemKeys);
    if (await keyTaken(tx, ctx.actor.organizationId, input.key)) {
      throw conflictError(ctx.locale, 'key', 'indexKeyTaken');
    }
    const values = { key: input.key, label: labelOf(input.label), itemKeys: [...input.itemKeys] };
    const [row] = await tx
      .insert(surveyIndexes)
      .values({ organizationId: ctx.actor.organizationId, ...values })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflictError(ctx.locale, 'key', 'indexKeyTaken');
    await recordAudit(tx, ctx.actor, { action: 'create', entityType: 'survey_index', after: values });
    return presentOwnIndex(row);
  });
}

/** The live own index with this key, locked for the change; 404 for any other key. */
async function liveIndex(tx: Tx, organizationId: string, key: string) {
  const [row] = await tx
    .select()
    .from(surveyIndexes)
    .where(
      and(
        eq(surveyIndexes.organizationId, organizationId),
        eq(surveyIndexes.key, key),
        isNull(surveyIndexes.archivedAt),
      ),
    )
    .for('update');
  if (!row) throw notFound();
  return row;
}

/** Renames an own index or changes its items; the key stays, since targets refer to it. */
export async function updateIndex(
  ctx: SurveyContext,
  key: string,
  patch: SurveyIndexPatch,
): Promise<SurveyIndexView> {
  authorize(surveyPermissions, ctx.actor, 'survey.manage');
  return ctx.db.transaction(async (tx) => {
    const before = await liveIndex(tx, ctx.actor.organizationId, key);
    if (patch.itemKeys) await checkItems(tx, ctx, patch.itemKeys);
    const changes = {
      ...(patch.label ? { label: labelOf(patch.label) } : {}),
      ...(patch.itemKeys ? { itemKeys: [...patch.itemKeys] } : {}),
    };
    if (Object.keys(changes).length === 0) return presentOwnIndex(before);
    const [row] = await tx
      .update(surveyIndexes)
      .set(changes)
      .where(and(eq(surveyIndexes.organizationId, ctx.actor.organizationId), eq(surveyIndexes.key, key)))
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'survey_index',
      before: { key, label: before.label, itemKeys: before.itemKeys },
      after: { key, ...changes },
    });
    return presentOwnIndex(row);
  });
}

/**
 * Archives an own index: it is no longer offered as a measure. The row stays, so its key is not
 * reused for something else while targets set on it remain.
 */
export async function archiveIndex(ctx: SurveyContext, key: string): Promise<void> {
  authorize(surveyPermissions, ctx.actor, 'survey.manage');
  await ctx.db.transaction(async (tx) => {
    const before = await liveIndex(tx, ctx.actor.organizationId, key);
    await tx
      .update(surveyIndexes)
      .set({ archivedAt: sql`now()` })
      .where(and(eq(surveyIndexes.organizationId, ctx.actor.organizationId), eq(surveyIndexes.key, key)));
    await recordAudit(tx, ctx.actor, {
      action: 'archive',
      entityType: 'survey_index',
      before: { key, label: before.label, itemKeys: before.itemKeys },
    });
  });
}
