/** @jsxImportSource preact */
import type { ReportForm } from '../../../../common/contracts/public-reports';
import { useI18n } from '../i18n/i18n-context';

type Props = { publication: ReportForm['publication']; restricted: boolean };

/**
 * What becomes public, said before sending. The server's form data says whether the
 * organization publishes staff-approved summaries; a restricted category is never published.
 */
export function PublicationNotice({ publication, restricted }: Props) {
  const { t } = useI18n();
  if (restricted) {
    return (
      <p class="privacy" id="publication-notice">
        {t('publicationNone')}
      </p>
    );
  }
  return (
    <p class="privacy" id="publication-notice">
      {t('publicationCoarse')}
      {publication === 'moderated' && <> {t('publicationModerated')}</>}
    </p>
  );
}
