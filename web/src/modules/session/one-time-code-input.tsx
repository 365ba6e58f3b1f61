import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The six-digit code from an authenticator app. one-time-code lets phones offer the code from an
 * SMS or password manager, and numeric brings up the number pad.
 */
export function OneTimeCodeInput(props: TextInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('login.code')}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      required
      {...props}
    />
  );
}
