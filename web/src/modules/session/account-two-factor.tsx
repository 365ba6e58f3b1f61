import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { useResetSession } from '../../app/session';
import { useFormMutation } from '../../app/use-form-mutation';
import { OneTimeCodeInput } from './one-time-code-input';
import { TwoFactorSetup } from './two-factor-setup';

export function AccountTwoFactor({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const resetSession = useResetSession();
  const [settingUp, setSettingUp] = useState(false);
  const done = async (message: string) => {
    setSettingUp(false);
    notifySuccess(message);
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
  const disable = useFormMutation(
    form,
    (values: { code: string }) => api.post('/api/account/two-factor/disable', values),
    onDisabled,
  );
  return (
    <MutationForm form={form} mutation={disable}>
      <OneTimeCodeInput description={t('account.codeToDisable')} {...form.getInputProps('code')} />
      <Button type="submit" color="red" variant="outline" loading={disable.isPending} w="fit-content">
        {t('account.disable')}
      </Button>
    </MutationForm>
  );
}
