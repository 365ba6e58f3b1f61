/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { ReportStatusPage } from '../../../../common/contracts/public-reports';
import { publicApi } from '../api';
import { useI18n } from '../i18n/i18n-context';
import { LoadProblem } from '../load-problem';
import { useNoticeOrganization } from '../privacy/notice-organization';
import { useLoad } from '../use-load';
import { StatusSteps } from './status-steps';
import { UpdatesOffer } from './updates-offer';
import { WithdrawContact } from './withdraw-contact';

/** /r/<tracking code>: where the report is, what was said and done, and who has it. */
export function StatusPage({ code }: { code: string }) {
  const { t, locale } = useI18n();
  const report = useLoad(() => publicApi.status(code, locale), [code, locale]);
  return (
    <>
      <h1>{t('statusTitle', { code })}</h1>
      {report.data ? (
        <StatusDetails report={report.data} reload={report.reload} />
      ) : report.error ? (
        <LoadProblem error={report.error} onRetry={report.reload} notFound="statusNotFound" />
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </>
  );
}

function StatusDetails({ report, reload }: { report: ReportStatusPage; reload(): void }) {
  const { t, locale } = useI18n();
  const [withdrawn, setWithdrawn] = useState(false);
  useNoticeOrganization(report.organizationSlug);
  const [subscribed, setSubscribed] = useState(false);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <>
      <dl class="facts">
        <dt>{t('statusCategory')}</dt>
        <dd>{report.category}</dd>
        <dt>{t('statusReceived')}</dt>
        <dd>{date(report.receivedAt)}</dd>
        <dt>{t('statusUpdated')}</dt>
        <dd>{date(report.updatedAt)}</dd>
      </dl>
      <p class="status-now">{t(`status_${report.status}`)}</p>
      <StatusSteps status={report.status} />
      {report.forwardedTo && <p class="notice">{t('forwardedTo', { who: report.forwardedTo })}</p>}
      {report.resolution && (
        <section class="resolution" aria-labelledby="resolution-title">
          <h2 id="resolution-title">{t('resolutionHeading')}</h2>
          <p>{report.resolution}</p>
        </section>
      )}
      <section aria-labelledby="updates-title">
        <h2 id="updates-title">{t('updatesHeading')}</h2>
        {report.updates.length === 0 ? (
          <p>{t('noUpdates')}</p>
        ) : (
          <ol class="updates">
            {report.updates.map((update) => (
              <li key={`${update.at}${update.status}`}>
                <time dateTime={update.at}>{date(update.at)}</time> —{' '}
                <strong>{t(`status_${update.status}`)}</strong>
                {update.text && <p>{update.text}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
      {subscribed ? (
        <p role="status" class="notice">
          {t('updatesSubscribed')}
        </p>
      ) : report.wantsUpdates && report.hasContactDetails ? (
        <p>{t('updatesOn')}</p>
      ) : (
        !report.wantsUpdates && (
          <UpdatesOffer
            code={report.trackingCode}
            onSubscribed={() => {
              setSubscribed(true);
              reload();
            }}
          />
        )
      )}
      {withdrawn && <p role="status">{t('withdrawDone')}</p>}
      {report.hasContactDetails && (
        <WithdrawContact
          code={report.trackingCode}
          onWithdrawn={() => {
            setWithdrawn(true);
            reload();
          }}
        />
      )}
    </>
  );
}
