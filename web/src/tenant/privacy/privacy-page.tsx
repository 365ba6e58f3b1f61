/** @jsxImportSource preact */
import './privacy.css';
import type { PrivacyNotice } from '../../../../common/contracts/privacy-notice';
import { useI18n } from '../i18n/i18n-context';
import { LoadProblem } from '../load-problem';
import { useLoad } from '../use-load';
import { BackLink } from './back-link';
import { NoticeContacts } from './notice-contacts';
import { loadPrivacyNotice } from './privacy-api';
import { loadPrivacyTexts, type PrivacyTranslate, privacyTranslator } from './privacy-texts';
import { RetentionList } from './retention-list';

/**
 * /privacy/<org>: the privacy notice (GDPR art. 13) in the tenant's language — who is responsible,
 * why, on what legal basis, who receives what, for how long, the tenant's rights and how to
 * complain to IMY. /privacy alone: the general notice, before the organization is known.
 */
export function PrivacyPage({ org }: { org: string | null }) {
  const { t, locale } = useI18n();
  const loaded = useLoad(
    () => Promise.all([loadPrivacyNotice(org), loadPrivacyTexts(locale)]),
    [org, locale],
  );
  if (loaded.error) return <LoadProblem error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <p role="status">{t('loading')}</p>;
  const [notice, texts] = loaded.data;
  return <Notice notice={notice} pt={privacyTranslator(texts)} />;
}

function Notice({ notice, pt }: { notice: PrivacyNotice; pt: PrivacyTranslate }) {
  const org = notice.organization?.name ?? '';
  const contacts = notice.contacts;
  return (
    <article class="privacy">
      <h1>{pt('title')}</h1>
      <p class="intro">{notice.organization ? pt('intro', { org }) : pt('introGeneral')}</p>
      {notice.organization && <NoticeContacts contacts={contacts} pt={pt} />}
      <Section id="purposes" title={pt('purposesHeading')}>
        <ul>
          <li>{pt('purposeReports')}</li>
          <li>{pt('purposeSurveys')}</li>
          <li>{pt('purposeCases')}</li>
        </ul>
      </Section>
      <Section id="basis" title={pt('basisHeading')}>
        <ul>
          <li>
            {!contacts
              ? pt('basisGeneral')
              : contacts.publicSector
                ? pt('basisPublic', { org })
                : pt('basisLegitimate')}
          </li>
          <li>{pt('basisCases')}</li>
          <li>{pt('basisNoConsent')}</li>
        </ul>
      </Section>
      <Section id="recipients" title={pt('recipientsHeading')}>
        <ul>
          <li>{pt('recipientsStaff')}</li>
          <li>{pt('recipientsPartners')}</li>
          <li>{pt('recipientsOpen311')}</li>
          <li>{pt('recipientsForward')}</li>
          <li>{pt('recipientsTransfers')}</li>
        </ul>
      </Section>
      <Section id="retention" title={pt('retentionHeading')}>
        <RetentionList notice={notice} pt={pt} />
      </Section>
      <Section id="rights" title={pt('rightsHeading')}>
        <p>{pt('rightsIntro')}</p>
        <ul>
          <li>{pt('rightAccess')}</li>
          <li>{pt('rightRectification')}</li>
          <li>{pt('rightErasure')}</li>
          <li>{pt('rightRestriction')}</li>
          <li>{pt('rightObjection')}</li>
        </ul>
        <p>{pt('rightsHow')}</p>
      </Section>
      <Section id="complaint" title={pt('complaintHeading')}>
        <p>{pt('complaint')}</p>
        <p>
          <a href="https://www.imy.se" lang="sv" rel="noopener">
            {pt('complaintLink')}
          </a>
        </p>
      </Section>
      <BackLink slug={notice.organization?.slug ?? null} label={pt('back')} />
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: preact.ComponentChildren }) {
  return (
    <section aria-labelledby={`privacy-${id}`}>
      <h2 id={`privacy-${id}`}>{title}</h2>
      {children}
    </section>
  );
}
