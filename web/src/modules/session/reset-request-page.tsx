import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/anchor-link';
import { api } from '../../app/api';
import { useClientConfig } from '../../app/client-config';
import { FormError, issuesByPath } from '../../app/form-error';
import { Page } from '../../app/page';

export function ResetRequestPage() {
  const { t } = useTranslation();
  const mailDelivery = useClientConfig().data?.mailDelivery;
  const form = useForm({ initialValues: { email: '' } });
  const request = useMutation({
    mutationFn: (values: { email: string }) => api.post('/api/password-reset/request', values),
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  return (
    <Page title={t('reset.requestTitle')}>
      <Text>{t('reset.requestIntro')}</Text>
      {mailDelivery === 'outbox' && <Alert color="orange">{t('reset.demoOutbox')}</Alert>}
      {mailDelivery === 'none' ? (
        // Nothing can be sent: say so rather than offer a form whose link never arrives.
        <Alert
          color="red"
          role="alert"
          title={t('reset.noMailTitle')}
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          {t('reset.noMail')}
        </Alert>
      ) : request.isSuccess ? (
        <Alert color="green" role="status">
          {t('reset.sent')}
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit((values) => request.mutate(values))} noValidate>
          <Stack>
            <FormError error={request.error} />
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={request.isPending}>
              {t('reset.send')}
            </Button>
          </Stack>
        </form>
      )}
      <AnchorLink to="/login">{t('reset.backToLogin')}</AnchorLink>
    </Page>
  );
}
