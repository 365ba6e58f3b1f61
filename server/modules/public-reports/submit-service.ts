import type { ReportReceipt, ReportSubmission } from '../../../common/contracts/public-reports';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import { AppError } from '../../platform/errors';
import type { FileStorage } from '../../platform/storage';
import { type IntakeInput, receiveReport, resolvePlace } from '../reports/intake';
import { intakeDirectory } from '../reports/intake-directory';
import { type IntakeMessage, intakeMessage } from './messages';

const invalid = (path: string, locale: Locale, key: IntakeMessage) =>
  new AppError('validation_failed', [{ path, message: intakeMessage(locale, key) }]);

/** The organization's intake directory and the chosen live category, or a 400 naming the field. */
async function organizationAndCategory(db: Db, submission: ReportSubmission, locale: Locale) {
  const directory = await intakeDirectory(db, { slug: submission.organization });
  if (!directory) throw invalid('organization', locale, 'unknownOrganization');
  const category = directory.categories.get(submission.categoryKey);
  if (!category) throw invalid('categoryKey', locale, 'unknownCategory');
  return { directory, category };
}

/** Contact details only when some were given; the consent itself is checked by the contract. */
function contactOf(submission: ReportSubmission): IntakeInput['contact'] {
  const contact = submission.contact;
  if (!contact || !(contact.name || contact.email || contact.phone)) return null;
  const { name, email, phone, wantsUpdates, surveyInvitationOptIn } = contact;
  return { name: name || undefined, email, phone: phone || undefined, wantsUpdates, surveyInvitationOptIn };
}

/** Called once an entrance token has been found to be a live entrance of the organization. */
export type EntranceCheck = (entrance: { organizationId: string; entranceId: string }) => Promise<void>;

/**
 * A submission from the tenant page, checked beyond its shape (honeypot, organization,
 * category, a place) and handed to the intake. 'qr' when it came with an entrance token.
 */
export async function submitPublicReport(
  db: Db,
  storage: FileStorage,
  submission: ReportSubmission,
  photos: Buffer[],
  { locale, checkEntrance }: { locale: Locale; checkEntrance: EntranceCheck },
): Promise<ReportReceipt> {
  // Bots fill every field; people never see this one. Say as little as possible.
  if (submission.website) throw new AppError('validation_failed');
  const { directory, category } = await organizationAndCategory(db, submission, locale);
  const { organizationId } = directory;
  const locationText = submission.locationText || null;
  if (!submission.entranceToken && !submission.position && !locationText) {
    throw invalid('position', locale, 'placeNeeded');
  }
  const place = await resolvePlace(db, organizationId, submission, locale);
  if (place.entranceId) await checkEntrance({ organizationId, entranceId: place.entranceId });
  const input: IntakeInput = {
    id: submission.id,
    organizationId,
    categoryId: category.id,
    restricted: category.restricted,
    source: submission.entranceToken ? 'qr' : 'web',
    description: submission.description,
    ...place,
    locationText,
    locale: submission.locale,
    contact: contactOf(submission),
  };
  const { report, alreadyReceived } = await receiveReport(db, storage, input, photos, { locale });
  return {
    id: report.id,
    trackingCode: report.trackingCode,
    receivedAt: report.createdAt.toISOString(),
    alreadyReceived,
  };
}
