import type { SurveySubmission } from '../../../common/contracts/survey-responses';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import { type RecordResult, recordResponse, wasReceived } from '../surveys/record-response';
import { surveyArea } from '../surveys/response-place';
import { askedQuestions } from '../surveys/response-questions';
import { checkSheet } from '../surveys/response-sheet';
import { targetOfCode, targetOfOpenLink } from './survey-target';

/**
 * A tenant's answers by code or open link. A retry of a stored submission is recognised first,
 * so the phone that lost the first answer's receipt gets "received", not "code already used".
 */
export async function submitSurvey(db: Db, body: SurveySubmission, locale: Locale): Promise<RecordResult> {
  if (await wasReceived(db, body.submissionId)) return { received: true, created: false };
  const target = body.open
    ? await targetOfOpenLink(db, body.open.waveId, body.open.entranceToken)
    : await targetOfCode(db, body.code ?? '');
  const { wave, place } = target;
  const questions = await askedQuestions(db, wave.organizationId, wave.questionKeys);
  const area = await surveyArea(db, wave.organizationId, place.areaId);
  const sheet = checkSheet(questions, body, area?.geometry ?? null, locale);
  return recordResponse(db, {
    organizationId: wave.organizationId,
    waveId: wave.id,
    channel: target.channel,
    place,
    codeHash: target.codeHash,
    submissionId: body.submissionId,
    sheet,
  });
}
