import { NativeSelect } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '../../../common/roles';
import { applyLanguage } from '../i18n';
import { api } from './api';
import { sessionKey, useSession } from './session';

/** Switches the language; a logged-in user's choice is saved so mail and errors follow it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const change = async (locale: Locale) => {
    applyLanguage(locale);
    if (session?.user && !session.awaitingTwoFactor) {
      await api.patch('/api/account', { locale }).catch(() => undefined);
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    }
  };
  return (
    <NativeSelect
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(event) => void change(event.currentTarget.value as Locale)}
      data={locales.map((locale) => ({ value: locale, label: t(`app.languages.${locale}`) }))}
      size="xs"
    />
  );
}
