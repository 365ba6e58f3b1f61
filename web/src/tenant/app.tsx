/** @jsxImportSource preact */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type TenantLocale, tenantLocales } from '../../../common/reporting';
import { ReportPage } from './form/report-page';
import { type I18n, I18nContext, translator, useI18n } from './i18n/i18n-context';
import { applyDocumentLocale, loadMessages, localeNames, rememberLocale } from './i18n/locale';
import type { Messages } from './i18n/sv';
import { NoticeOrganizationContext } from './privacy/notice-organization';
import { PrivacyPage } from './privacy/privacy-page';
import { TenantFooter } from './privacy/tenant-footer';
import type { Route } from './route';
import { StatusPage } from './status/status-page';
import { CodeEntry } from './survey/code-entry';
import { SurveyPage } from './survey/survey-page';

type Props = { route: Route; locale: TenantLocale; messages: Messages };

/** The tenant pages: skip link, language picker, and the page of the route. */
export function App(props: Props) {
  const [{ locale, messages }, setLoaded] = useState({ locale: props.locale, messages: props.messages });
  useEffect(() => applyDocumentLocale(locale), [locale]);
  const i18n = useMemo<I18n>(
    () => ({
      locale,
      t: translator(messages),
      setLocale: (next) => {
        rememberLocale(next);
        void loadMessages(next).then((loaded) => setLoaded({ locale: next, messages: loaded }));
      },
    }),
    [locale, messages],
  );
  const { t } = i18n;
  // Whose privacy notice the footer links: known from the address, or once a page has loaded.
  const [noticeSlug, setNoticeSlug] = useState<string | null>(initialNoticeSlug(props.route));
  return (
    <I18nContext.Provider value={i18n}>
      <a class="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header class="top">
        <span class="brand">Trygg</span>
        <label class="language">
          <span>{t('language')}</span>
          <select
            value={locale}
            onChange={(event) => i18n.setLocale(event.currentTarget.value as TenantLocale)}
          >
            {tenantLocales.map((code) => (
              <option key={code} value={code} lang={code}>
                {localeNames[code]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <NoticeOrganizationContext.Provider value={setNoticeSlug}>
        <main id="main" tabIndex={-1}>
          <Page route={props.route} />
        </main>
      </NoticeOrganizationContext.Provider>
      {props.route.page !== 'privacy' && <TenantFooter slug={noticeSlug} />}
    </I18nContext.Provider>
  );
}

function Page({ route }: { route: Route }) {
  if (route.page === 'form') return <ReportPage target={route.target} draftKey={route.key} />;
  if (route.page === 'status') return <StatusPage code={route.code} />;
  if (route.page === 'survey') return <SurveyPage target={route.target} draftKey={route.key} />;
  if (route.page === 'survey-code') return <CodeEntry />;
  if (route.page === 'privacy') return <PrivacyPage org={route.org} />;
  return <NotFound />;
}

const initialNoticeSlug = (route: Route) =>
  route.page === 'form' ? (route.target.org ?? null) : route.page === 'privacy' ? route.org : null;

function NotFound() {
  const { t } = useI18n();
  return <p class="problem">{t('linkNotFound')}</p>;
}
