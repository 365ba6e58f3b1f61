import type {
  SurveyForm,
  SurveyReceipt,
  SurveySubmissionInput,
} from '../../../../common/contracts/survey-responses';
import { request } from '../api';
import type { SurveyTarget } from './survey-route';

function formUrl(target: SurveyTarget): string {
  if ('code' in target) return `/api/public/surveys/code/${encodeURIComponent(target.code)}`;
  if ('token' in target) return `/api/public/surveys/open/${encodeURIComponent(target.token)}`;
  return `/api/public/surveys/open/${encodeURIComponent(target.waveId)}/${encodeURIComponent(target.entranceToken)}`;
}

const pending = new Map<string, Promise<SurveyForm>>();

export const surveyApi = {
  /** Requested once per target: main.tsx starts it beside the language catalogue. */
  form(target: SurveyTarget): Promise<SurveyForm> {
    const url = formUrl(target);
    let promise = pending.get(url);
    if (!promise) {
      promise = request<SurveyForm>(url).then((answer) => answer.data);
      // A failure is not kept, so "try again" asks again.
      promise.catch(() => pending.delete(url));
      pending.set(url, promise);
    }
    return promise;
  },
  submit: (submission: SurveySubmissionInput) =>
    request<SurveyReceipt>('/api/public/surveys/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission),
    }).then((answer) => answer.data),
};
