/** @jsxImportSource preact */
import type { PrivacyNotice } from '../../../../common/contracts/privacy-notice';
import { useI18n } from '../i18n/i18n-context';
import { formatPeriod, type PrivacyTranslate } from './privacy-texts';

/** The periods the retention job applies to this organization's data, as the server says them. */
export function RetentionList({ notice, pt }: { notice: PrivacyNotice; pt: PrivacyTranslate }) {
  const { locale } = useI18n();
  const months = (n: number) => ({ period: formatPeriod(locale, pt, n, 'month') });
  const { retention } = notice;
  return (
    <ul>
      <li>{pt('retentionContact', months(retention.contactDetails))}</li>
      <li>{pt('retentionReportText', months(retention.reportText))}</li>
      <li>{pt('retentionPhotos', months(retention.photos))}</li>
      <li>
        {pt('retentionSurveyCodes', {
          ...months(retention.surveyCodes),
          days: formatPeriod(locale, pt, notice.invitationDays, 'day'),
        })}
      </li>
      <li>{pt('retentionSurveyAnswers')}</li>
      <li>{pt('retentionOutbox', months(retention.outbox))}</li>
      <li>{pt('retentionCases', months(retention.cases))}</li>
      <li>{pt('retentionAuditLog', months(retention.auditLog))}</li>
    </ul>
  );
}
