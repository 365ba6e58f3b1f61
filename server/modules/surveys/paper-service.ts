import type { z } from 'zod';
import type { paperResponseInput } from '../../../common/contracts/survey-responses';
import type { Locale } from '../../../common/roles';
import type { Tx } from '../../db/client';
import { AppError, notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { markChangedAfterClose, reasonForClosedWave } from './closed-wave-change';
import type { SurveyContext } from './context';
import { surveyPermissions } from './policy';
import { type RecordResult, recordResponse, wasReceived } from './record-response';
import { type ResponseMessage, responseMessage } from './response-messages';
import { surveyBuilding, surveyEntrance } from './response-place';
import { askedQuestions } from './response-questions';
import { checkSheet } from './response-sheet';
import { type AnsweringWave, waveOfOrganization } from './response-wave';

type PaperInput = z.infer<typeof paperResponseInput>;

const invalid = (path: string, locale: Locale, key: ResponseMessage) =>
  new AppError('validation_failed', [{ path, message: responseMessage(locale, key) }]);

/** Where a paper form counts: an area of the wave, and a building and entrance within it. */
async function paperPlace(ctx: SurveyContext, wave: AnsweringWave, input: PaperInput) {
  const { organizationId } = wave;
  if (!wave.areaIds.includes(input.areaId)) throw invalid('areaId', ctx.locale, 'areaNotInWave');
  if (input.entranceId && !input.buildingId) throw invalid('entranceId', ctx.locale, 'entranceNeedsBuilding');
  if (input.buildingId) {
    const building = await surveyBuilding(ctx.db, organizationId, input.buildingId);
    if (building?.areaId !== input.areaId) throw invalid('buildingId', ctx.locale, 'buildingNotInArea');
    if (
      input.entranceId &&
      !(await surveyEntrance(ctx.db, organizationId, input.entranceId, input.buildingId))
    )
      throw invalid('entranceId', ctx.locale, 'entranceNotInBuilding');
  }
  return { areaId: input.areaId, buildingId: input.buildingId ?? null, entranceId: input.entranceId ?? null };
}

/**
 * A paper form keyed in by staff (channel 'paper'): the same checks, idempotency and mixing buffer
 * as a tenant's own answer (no code: the sheet alone is buffered, so the moment it was keyed in —
 * in the request log and, after close, the audit log — does not point at its response). Paper forms come in late, so closed waves take them too, but only with
 * a reason, audited, the wave marked changed after publication (closed-wave-change.ts). Managers
 * key in for any area; area managers for their own (403 otherwise, as for roles without the right).
 */
export async function keyPaperResponse(
  ctx: SurveyContext,
  waveId: string,
  input: PaperInput,
): Promise<RecordResult> {
  const wave = await waveOfOrganization(ctx.db, ctx.actor.organizationId, waveId);
  if (!wave) throw notFound();
  authorize(surveyPermissions, ctx.actor, 'survey.key_paper', input.areaId);
  if (await wasReceived(ctx.db, input.submissionId)) return { received: true, created: false };
  const place = await paperPlace(ctx, wave, input);
  const questions = await askedQuestions(ctx.db, wave.organizationId, wave.questionKeys);
  const sheet = checkSheet(questions, input, null, ctx.locale);
  const reason = reasonForClosedWave(ctx, wave, input.reason);
  const record = (tx: Tx) =>
    recordResponse(tx, {
      organizationId: wave.organizationId,
      waveId: wave.id,
      channel: 'paper',
      place,
      submissionId: input.submissionId,
      sheet,
      holdSeconds: ctx.app.config.SURVEY_MIX_MAX_WAIT_SECONDS,
    });
  if (!reason) return record(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const result = await record(tx);
    if (result.created) {
      const detail = { areaId: place.areaId };
      await markChangedAfterClose(tx, ctx.actor, wave.id, { action: 'paper_after_close', reason, detail });
    }
    return result;
  });
}
