import { Button, Group, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { MutationForm } from '../../app/mutation-form';
import { Page } from '../../app/page';
import { logout, useResetSession } from '../../app/session';
import { useFormMutation } from '../../app/use-form-mutation';
import { OneTimeCodeInput } from './one-time-code-input';

/** The second login step: a TOTP code from the user's authenticator app. */
export function TwoFactorStep() {
  const { t } = useTranslation();
  const resetSession = useResetSession();
  const form = useForm({ initialValues: { code: '' } });
  const verify = useFormMutation(
    form,
    (values: { code: string }) => api.post('/api/session/two-factor', values),
    () => resetSession(),
  );
  return (
    <Page title={t('login.twoFactorTitle')}>
      <Text>{t('login.twoFactorIntro')}</Text>
      <MutationForm form={form} mutation={verify}>
        <OneTimeCodeInput data-autofocus {...form.getInputProps('code')} />
        <Group>
          <Button type="submit" loading={verify.isPending}>
            {t('login.verify')}
          </Button>
          <Button variant="default" onClick={() => void logout()}>
            {t('login.cancel')}
          </Button>
        </Group>
      </MutationForm>
    </Page>
  );
}
