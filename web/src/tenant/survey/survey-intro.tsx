/** @jsxImportSource preact */
import type { SurveyForm } from '../../../../common/contracts/survey-responses';
import { type TenantLocale, tenantLocales } from '../../../../common/reporting';
import { useI18n } from '../i18n/i18n-context';
import { localeNames } from '../i18n/locale';

/**
 * Who asks, what, and the promise that matters most to a tenant deciding whether to answer:
 * the answers cannot be traced back to them. The languages are offered as big buttons here too,
 * since the letter sends people straight to this page.
 */
export function SurveyIntro({ form }: { form: SurveyForm }) {
  const { t } = useI18n();
  const { areaName, buildingAddress } = form.place;
  return (
    <>
      <h1>{form.waveName}</h1>
      <p class="intro">
        {t('surveyFrom', { org: form.organizationName })}
        <br />
        {buildingAddress ? `${areaName}, ${buildingAddress}` : areaName}
      </p>
      <LanguageButtons />
      <div class="promise">
        <p>
          <strong>{t('surveyPrivacy')}</strong>
        </p>
        <p>{t('surveyPrivacyMore')}</p>
      </div>
    </>
  );
}

function LanguageButtons() {
  const { t, locale, setLocale } = useI18n();
  return (
    <nav class="languages" aria-label={t('surveyLanguages')}>
      <ul>
        {tenantLocales.map((code: TenantLocale) => (
          <li key={code}>
            <button
              type="button"
              class={code === locale ? 'primary' : 'secondary'}
              lang={code}
              aria-pressed={code === locale}
              onClick={() => setLocale(code)}
            >
              {localeNames[code]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
