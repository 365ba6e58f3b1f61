import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { FormError, issuesByPath } from '../../app/form-error';
import { Page } from '../../app/page';
import { logout, useResetSession } from '../../app/session';

/** The second login step: a TOTP code from the user's authenticator app. */
export function TwoFactorStep() {
  const { t } = useTranslation();
  const resetSession = useResetSession();
  const form = useForm({ initialValues: { code: '' } });
  const verify = useMutation({
    mutationFn: (values: { code: string }) => api.post('/api/session/two-factor', values),
    onSuccess: () => resetSession(),
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  return (
    <Page title={t('login.twoFactorTitle')}>
      <Text>{t('login.twoFactorIntro')}</Text>
      <form onSubmit={form.onSubmit((values) => verify.mutate(values))} noValidate>
        <Stack>
          <FormError error={verify.error} />
          <TextInput
            label={t('login.code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            data-autofocus
            {...form.getInputProps('code')}
          />
          <Group>
            <Button type="submit" loading={verify.isPending}>
              {t('login.verify')}
            </Button>
            <Button variant="default" onClick={() => void logout()}>
              {t('login.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
