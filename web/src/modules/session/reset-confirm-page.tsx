import { Alert, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/anchor-link';
import { api } from '../../app/api';
import { FormError, issuesByPath } from '../../app/form-error';
import { Page } from '../../app/page';
import { PasswordField } from '../../app/password-field';

export function ResetConfirmPage({ token }: { token?: string }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { password: '' } });
  const confirm = useMutation({
    mutationFn: (values: { password: string }) =>
      api.post('/api/password-reset/confirm', { token, password: values.password }),
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  const body = () => {
    if (!token)
      return (
        <Alert color="red" role="alert">
          {t('reset.missingToken')}
        </Alert>
      );
    if (confirm.isSuccess)
      return (
        <Alert color="green" role="status">
          {t('reset.done')}
        </Alert>
      );
    return (
      <form onSubmit={form.onSubmit((values) => confirm.mutate(values))} noValidate>
        <Stack>
          <FormError error={confirm.error} />
          <PasswordField
            label={t('reset.newPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={confirm.isPending}>
            {t('reset.confirm')}
          </Button>
        </Stack>
      </form>
    );
  };
  return (
    <Page title={t('reset.confirmTitle')}>
      <Text>{t('reset.confirmIntro')}</Text>
      {body()}
      <AnchorLink to="/login">{t('reset.backToLogin')}</AnchorLink>
    </Page>
  );
}
