/** @jsxImportSource preact */
import { useI18n } from '../i18n/i18n-context';
import { noticePath } from './notice-organization';

/** On every tenant page: the link to the privacy notice of the organization the page is for. */
export function TenantFooter({ slug }: { slug: string | null }) {
  const { t } = useI18n();
  return (
    <footer class="tenant-footer">
      <a href={noticePath(slug)}>{t('privacyLink')}</a>
    </footer>
  );
}
