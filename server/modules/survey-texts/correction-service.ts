import { and, eq, type SQL } from 'drizzle-orm';
import type { FreeTextItem } from '../../../common/contracts/survey-texts';
import type { Tx } from '../../db/client';
import { surveyResponses, surveyThemeCorrections } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import type { SurveyContext } from '../surveys/context';
import { visibleResponses } from './access';
import { surveyTextMessage } from './messages';
import { loadCorrections, loadTexts, textConditions } from './text-rows';
import { presentText, surveyThemeKeys, tagTexts } from './themed-texts';

type Target = { responseId: string; themeKey: string };

/** The one answer, if the actor may read its text (same rules as the list, withheld cells too). */
function oneText(ctx: SurveyContext, responseId: string): SQL {
  const scope = and(visibleResponses(ctx.actor, 'survey.read_free_text'), eq(surveyResponses.id, responseId));
  return textConditions(ctx.actor.organizationId, scope as SQL);
}

async function presentOne(ctx: SurveyContext, db: Tx, responseId: string): Promise<FreeTextItem> {
  const where = oneText(ctx, responseId);
  const [row] = await loadTexts(db, where);
  if (!row) throw notFound();
  const [tags] = tagTexts([row], await loadCorrections(db, where));
  return presentText(row, tags, ctx.locale);
}

function checkTheme(ctx: SurveyContext, themeKey: string) {
  if (!surveyThemeKeys.includes(themeKey)) {
    throw new AppError('validation_failed', [
      { path: 'themeKey', message: surveyTextMessage(ctx.locale, 'unknownTheme') },
    ]);
  }
}

async function currentAction(tx: Tx, ctx: SurveyContext, target: Target) {
  const [row] = await tx
    .select({ action: surveyThemeCorrections.action })
    .from(surveyThemeCorrections)
    .where(
      and(
        eq(surveyThemeCorrections.organizationId, ctx.actor.organizationId),
        eq(surveyThemeCorrections.responseId, target.responseId),
        eq(surveyThemeCorrections.themeKey, target.themeKey),
      ),
    );
  return row?.action ?? null;
}

/** Staff say an answer is (add) or is not (remove) about a theme; it wins over the keywords. */
export async function correctTheme(ctx: SurveyContext, target: Target, action: 'add' | 'remove') {
  checkTheme(ctx, target.themeKey);
  return ctx.db.transaction(async (tx) => {
    await presentOne(ctx, tx, target.responseId);
    const before = await currentAction(tx, ctx, target);
    const row = { organizationId: ctx.actor.organizationId, ...target, action, createdBy: ctx.actor.userId };
    await tx
      .insert(surveyThemeCorrections)
      .values(row)
      .onConflictDoUpdate({
        target: [
          surveyThemeCorrections.organizationId,
          surveyThemeCorrections.responseId,
          surveyThemeCorrections.themeKey,
        ],
        set: { action, createdBy: ctx.actor.userId, createdAt: new Date() },
      });
    await audit(tx, ctx, target, before, action);
    return presentOne(ctx, tx, target.responseId);
  });
}

/** Takes back a correction: the keywords decide again. */
export async function clearThemeCorrection(ctx: SurveyContext, target: Target) {
  checkTheme(ctx, target.themeKey);
  return ctx.db.transaction(async (tx) => {
    await presentOne(ctx, tx, target.responseId);
    const before = await currentAction(tx, ctx, target);
    if (before !== null) {
      await tx
        .delete(surveyThemeCorrections)
        .where(
          and(
            eq(surveyThemeCorrections.organizationId, ctx.actor.organizationId),
            eq(surveyThemeCorrections.responseId, target.responseId),
            eq(surveyThemeCorrections.themeKey, target.themeKey),
          ),
        );
      await audit(tx, ctx, target, before, null);
    }
    return presentOne(ctx, tx, target.responseId);
  });
}

/** Never the text itself in the log: it is the tenant's words and the log is kept longer. */
function audit(tx: Tx, ctx: SurveyContext, target: Target, before: string | null, after: string | null) {
  return recordAudit(tx, ctx.actor, {
    action: after === null ? 'delete' : before === null ? 'create' : 'update',
    entityType: 'survey_theme_correction',
    entityId: target.responseId,
    before: before === null ? null : { themeKey: target.themeKey, action: before },
    after: after === null ? null : { themeKey: target.themeKey, action: after },
  });
}
