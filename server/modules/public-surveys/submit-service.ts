import type { SurveySubmission } from '../../../common/contracts/survey-responses';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import { AppError } from '../../platform/errors';
import { surveyCodeHash } from '../surveys/codes';
import { type RecordResult, recordResponse, wasReceived } from '../surveys/record-response';
import { surveyArea } from '../surveys/response-place';
import { askedQuestions } from '../surveys/response-questions';
import { checkSheet } from '../surveys/response-sheet';
import { refuseLegacyOpenLink, type SurveyTarget, targetOfCode, targetOfOpenLink } from './survey-target';

/**
 * A tenant's answers by code or open link. A first submission (nearly all) costs no look-up of
 * earlier ones: only when the code turns out used or the survey closed is the submission looked
 * for, so the phone that lost the first answer's receipt gets "received", not "code already used".
 * A retry that finds the survey still open is told apart by recordResponse.
 */
export async function submitSurvey(
  db: Db,
  body: SurveySubmission,
  locale: Locale,
  holdSeconds: number,
): Promise<RecordResult> {
  let target: SurveyTarget;
  try {
    if (body.open && !('token' in body.open)) refuseLegacyOpenLink();
    target = body.open
      ? await targetOfOpenLink(db, body.open.token)
      : await targetOfCode(db, body.code ?? '', body.submissionId);
  } catch (error) {
    const refusal = error instanceof AppError && ['survey_code_used', 'survey_closed'].includes(error.code);
    const codeHash = body.open ? undefined : surveyCodeHash(body.code ?? '');
    if (refusal && (await wasReceived(db, body.submissionId, codeHash)))
      return { received: true, created: false };
    throw error;
  }
  const { wave, place } = target;
  const questions = await askedQuestions(db, wave.organizationId, wave.questionKeys);
  // The area's outline is read only to check marked places.
  const area = body.mapPoints?.length ? await surveyArea(db, wave.organizationId, place.areaId) : null;
  const sheet = checkSheet(questions, body, area?.geometry ?? null, locale);
  return recordResponse(db, {
    organizationId: wave.organizationId,
    waveId: wave.id,
    channel: target.channel,
    place,
    codeHash: target.codeHash,
    submissionId: body.submissionId,
    sheet,
    holdSeconds,
  });
}
