import type { ReportStatus } from '../../../common/reporting';
import type { Locale } from '../../../common/roles';
import { AppError } from '../../platform/errors';
import { reportMessage } from './messages';

export type TriageVerb = 'accept' | 'merge' | 'reject' | 'forward' | 'reply';

/**
 * From which statuses each triage action may start. A rejected or forwarded report may be
 * accepted again (it was ours after all); a report with a work order under way or done is
 * handled through the work order, not triaged again. Replying is always possible.
 */
const allowedFrom: Record<TriageVerb, readonly ReportStatus[]> = {
  accept: ['new', 'rejected', 'forwarded'],
  merge: ['new', 'accepted'],
  reject: ['new', 'accepted'],
  forward: ['new', 'accepted'],
  reply: ['new', 'accepted', 'in_progress', 'done', 'rejected', 'duplicate', 'forwarded'],
};

const pastTense: Record<Locale, Record<TriageVerb, string>> = {
  sv: {
    accept: 'accepteras',
    merge: 'slås ihop',
    reject: 'avvisas',
    forward: 'skickas vidare',
    reply: 'besvaras',
  },
  en: { accept: 'accepted', merge: 'merged', reject: 'rejected', forward: 'forwarded', reply: 'replied to' },
};

export const canTriage = (verb: TriageVerb, status: string) =>
  (allowedFrom[verb] as readonly string[]).includes(status);

/** 409 naming the status when the report cannot take this step from where it is. */
export function ensureCanTriage(verb: TriageVerb, status: string, locale: Locale): void {
  if (canTriage(verb, status)) return;
  const message = reportMessage(locale, 'invalidTransition', { status, verb: pastTense[locale][verb] });
  throw new AppError('conflict', [{ path: 'status', message }]);
}

export const triageVerbs = Object.keys(allowedFrom) as TriageVerb[];
