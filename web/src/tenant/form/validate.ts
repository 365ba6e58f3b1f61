import type { ReportSubmission } from '../../../../common/contracts/public-reports';
import type { FieldIssue } from '../../../../common/errors';
import { maxDescriptionLength, type TenantLocale } from '../../../../common/reporting';
import type { Translate } from '../i18n/i18n-context';
import type { Draft } from './draft';

/** The form's fields in page order: the error summary lists them so, and focus goes to the first. */
export const fields = [
  'category',
  'description',
  'place',
  'locationText',
  'photos',
  'name',
  'email',
  'phone',
  'consent',
] as const;
export type Field = (typeof fields)[number];
export type FieldErrors = Partial<Record<Field, string>>;

/** The id of the control a field's error links to and focuses. */
export const fieldId = (field: Field) => `f-${field}`;

const phonePattern = /^[+0-9 ()-]{5,30}$/;
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The same rules as the server's contract, checked first so most mistakes need no round trip. */
export function validate(draft: Draft, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  const description = draft.description.trim();
  if (!draft.categoryKey) errors.category = t('errCategory');
  if (!description) errors.description = t('errDescription');
  else if (description.length > maxDescriptionLength)
    errors.description = t('errDescriptionLong', { n: maxDescriptionLength });
  if (!draft.place && !draft.pin && !draft.locationText.trim()) errors.place = t('errPlace');
  if (draft.locationText.trim().length > 300) errors.locationText = t('errLocationText');
  if (draft.name.trim().length > 200) errors.name = t('errName');
  const email = draft.email.trim();
  if (email && (!emailPattern.test(email) || email.length > 254)) errors.email = t('errEmail');
  if (!email && draft.wantsUpdates) errors.email = t('errUpdatesNeedEmail');
  else if (!email && draft.surveyOptIn) errors.email = t('errSurveyOptInNeedsEmail');
  if (draft.phone.trim() && !phonePattern.test(draft.phone.trim())) errors.phone = t('errPhone');
  if (hasContact(draft) && !draft.consent) errors.consent = t('errConsent');
  return errors;
}

export const hasContact = (draft: Draft) =>
  Boolean(draft.name.trim() || draft.email.trim() || draft.phone.trim());

const optional = (value: string) => value.trim() || undefined;

/** The body the server's contract expects, from the draft. */
export function toSubmission(draft: Draft, organization: string, locale: TenantLocale): ReportSubmission {
  const place = draft.place;
  const position =
    draft.pin ?? (place && !place.entranceToken ? { lon: place.lon, lat: place.lat } : undefined);
  return {
    id: draft.id,
    organization,
    entranceToken: place?.entranceToken ?? undefined,
    categoryKey: draft.categoryKey,
    description: draft.description.trim(),
    position,
    locationText: optional(draft.locationText),
    locale,
    contact: hasContact(draft)
      ? {
          name: optional(draft.name),
          email: optional(draft.email),
          phone: optional(draft.phone),
          consent: true,
          wantsUpdates: draft.wantsUpdates,
          // A draft saved before the box existed has no value: unticked.
          surveyInvitationOptIn: draft.surveyOptIn === true,
        }
      : undefined,
    website: draft.website || undefined,
  };
}

const fieldOfPath: [RegExp, Field][] = [
  [/^categoryKey/, 'category'],
  [/^description/, 'description'],
  [/^(entranceToken|position|organization)/, 'place'],
  [/^locationText/, 'locationText'],
  [/^photos?/, 'photos'],
  [/^contact\.name/, 'name'],
  [/^contact\.email/, 'email'],
  [/^contact\.phone/, 'phone'],
  [/^contact(\.consent)?$/, 'consent'],
];

const messageOfField: Record<Field, Parameters<Translate>[0]> = {
  category: 'errCategory',
  description: 'errDescription',
  place: 'errPlace',
  locationText: 'errLocationText',
  photos: 'errPhotos',
  name: 'errName',
  email: 'errEmail',
  phone: 'errPhone',
  consent: 'errConsent',
};

/**
 * The server speaks only Swedish and English, so a field it names gets our own message in the
 * page's language; an issue on no known field keeps the server's text. A refused `position`
 * that was sent is one too far from the landlord's areas (without one, a place was missing).
 */
export function fromServerIssues(
  issues: FieldIssue[],
  t: Translate,
  sent: Pick<ReportSubmission, 'position'>,
): { errors: FieldErrors; other: string[] } {
  const errors: FieldErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = fieldOfPath.find(([pattern]) => pattern.test(issue.path))?.[1];
    if (issue.path === 'position' && sent.position) errors.place ??= t('errPositionOutside');
    else if (field) errors[field] ??= t(messageOfField[field], { n: maxDescriptionLength });
    else other.push(issue.message);
  }
  return { errors, other };
}
