import { Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { FormError, issuesByPath } from '../../app/form-error';
import { useResetSession } from '../../app/session';
import { TwoFactorSetup } from './two-factor-setup';

export function AccountTwoFactor({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const resetSession = useResetSession();
  const [settingUp, setSettingUp] = useState(false);
  const done = async (message: string) => {
    setSettingUp(false);
    notifications.show({ color: 'green', message });
    await resetSession();
  };
  return (
    <Card withBorder component="section" aria-labelledby="two-factor-heading">
      <Title order={2} size="h3" id="two-factor-heading" mb="sm">
        {t('account.twoFactor')}
      </Title>
      <Stack maw={420}>
        <Text>{enabled ? t('account.twoFactorOn') : t('account.twoFactorOff')}</Text>
        {enabled && <DisableForm onDisabled={() => void done(t('account.disabled'))} />}
        {!enabled && !settingUp && (
          <Button onClick={() => setSettingUp(true)} w="fit-content">
            {t('account.setUp')}
          </Button>
        )}
        {!enabled && settingUp && <TwoFactorSetup onEnabled={() => void done(t('enroll.enabled'))} />}
      </Stack>
    </Card>
  );
}

function DisableForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { code: '' } });
  const disable = useMutation({
    mutationFn: (values: { code: string }) => api.post('/api/account/two-factor/disable', values),
    onSuccess: onDisabled,
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  return (
    <form onSubmit={form.onSubmit((values) => disable.mutate(values))} noValidate>
      <Stack>
        <FormError error={disable.error} />
        <TextInput
          label={t('login.code')}
          description={t('account.codeToDisable')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          {...form.getInputProps('code')}
        />
        <Button type="submit" color="red" variant="outline" loading={disable.isPending} w="fit-content">
          {t('account.disable')}
        </Button>
      </Stack>
    </form>
  );
}
