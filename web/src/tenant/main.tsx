/** @jsxImportSource preact */
import { render } from 'preact';
import './tenant.css';
import { App } from './app';
import { loadForm } from './form/form-loader';
import { initialLocale, loadMessages } from './i18n/locale';
import { parseRoute } from './route';
import { surveyApi } from './survey/survey-api';

/**
 * The tenant pages' entry (tenant.html): the language catalogue and the page's data are
 * requested at once, side by side, and the page renders when the catalogue is here.
 */
const route = parseRoute(location.pathname);
const locale = initialLocale();
if (route.page === 'form') void loadForm(route.target, locale).catch(() => undefined);
if (route.page === 'survey') void surveyApi.form(route.target).catch(() => undefined);
const root = document.getElementById('app');
if (root) {
  loadMessages(locale).then(
    (messages) => render(<App route={route} locale={locale} messages={messages} />, root),
    (error: unknown) => {
      console.error(error);
      // Without a catalogue there is no translated text: say it plainly in the two first languages.
      root.textContent = 'Sidan kunde inte laddas. Ladda om. / The page could not be loaded. Reload.';
    },
  );
}
