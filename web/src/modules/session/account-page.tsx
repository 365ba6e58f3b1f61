import { Button, Card, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../../common/contracts/session';
import { locales } from '../../../../common/roles';
import { api } from '../../app/api';
import { FormError, issuesByPath } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import { Page } from '../../app/page';
import { PasswordField } from '../../app/password-field';
import { useResetSession, useSession } from '../../app/session';
import { AccountTwoFactor } from './account-two-factor';

export function AccountPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (!session?.user) return null;
  return (
    <Page title={t('account.title')}>
      <ProfileForm user={session.user} />
      <PasswordForm />
      <AccountTwoFactor enabled={session.user.totpEnabled} />
    </Page>
  );
}

function ProfileForm({ user }: { user: NonNullable<SessionView['user']> }) {
  const { t } = useTranslation();
  const resetSession = useResetSession();
  const form = useForm({ initialValues: { displayName: user.displayName, locale: user.locale } });
  const save = useMutation({
    mutationFn: (values: typeof form.values) => api.patch('/api/account', values),
    onSuccess: async () => {
      notifySuccess(t('app.saved'));
      await resetSession();
    },
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  return (
    <Card withBorder component="section" aria-labelledby="profile-heading">
      <Title order={2} size="h3" id="profile-heading" mb="sm">
        {t('account.profile')}
      </Title>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack maw={420}>
          <FormError error={save.error} />
          <Text>
            {t('account.email')}: {user.email}
          </Text>
          <TextInput label={t('account.displayName')} required {...form.getInputProps('displayName')} />
          <NativeSelect
            label={t('account.locale')}
            data={locales.map((locale) => ({ value: locale, label: t(`app.languages.${locale}`) }))}
            {...form.getInputProps('locale')}
          />
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('app.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { currentPassword: '', newPassword: '' } });
  const change = useMutation({
    mutationFn: (values: typeof form.values) => api.post('/api/account/password', values),
    onSuccess: () => {
      form.reset();
      notifySuccess(t('account.passwordChanged'));
    },
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  return (
    <Card withBorder component="section" aria-labelledby="password-heading">
      <Title order={2} size="h3" id="password-heading" mb="sm">
        {t('account.password')}
      </Title>
      <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
        <Stack maw={420}>
          <FormError error={change.error} />
          <PasswordField
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordField
            label={t('account.newPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <Button type="submit" loading={change.isPending} w="fit-content">
            {t('account.changePassword')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
