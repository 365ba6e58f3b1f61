import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/anchor-link';
import { api } from '../../app/api';
import { useClientConfig } from '../../app/client-config';
import { FormError, issuesByPath } from '../../app/form-error';
import { Page } from '../../app/page';
import { PasswordField } from '../../app/password-field';
import { useResetSession, useSession } from '../../app/session';
import { PendingInvitations } from './pending-invitations';
import { TwoFactorStep } from './two-factor-step';

/** Only same-site paths, so a crafted ?redirect= cannot send the user elsewhere. */
function safeRedirect(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') && !target.startsWith('/login')
    ? target
    : '/areas';
}

export function LoginPage({ redirectTo }: { redirectTo?: string }) {
  const { data: session } = useSession();
  const navigate = useNavigate();
  const loggedIn = Boolean(session?.user && !session.awaitingTwoFactor && session.organization);
  useEffect(() => {
    if (loggedIn) void navigate({ href: safeRedirect(redirectTo), replace: true });
  }, [loggedIn, navigate, redirectTo]);

  if (session?.awaitingTwoFactor) return <TwoFactorStep />;
  // Logged in but in no organization yet: an invitation is the way in.
  if (session?.user && !session.organization && session.invitations.length > 0) return <InvitationsOnly />;
  return <PasswordStep />;
}

function InvitationsOnly() {
  const { t } = useTranslation();
  return (
    <Page title={t('invitations.noOrganizationTitle')}>
      <Text>{t('invitations.noOrganizationText')}</Text>
      <PendingInvitations />
    </Page>
  );
}

function PasswordStep() {
  const { t } = useTranslation();
  const resetSession = useResetSession();
  const demoMode = useClientConfig().data?.demoMode === true;
  const form = useForm({ initialValues: { email: '', password: '' } });
  const login = useMutation({
    mutationFn: (values: typeof form.values) => api.post('/api/session/login', values),
    onSuccess: () => resetSession(),
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  return (
    <Page title={t('login.title')}>
      {demoMode && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('login.demoTitle')}
          // Mantine's orange title on its light tint is below 4.5:1; the text colour passes.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          // A standing notice, not an alert: screen readers should not interrupt with it, and the
          // login form's own alert stays the only one on the page.
          role="note"
          data-testid="demo-banner"
        >
          {t('login.demoText')}
        </Alert>
      )}
      <Text>{t('login.intro')}</Text>
      <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
        <Stack>
          <FormError error={login.error} />
          <TextInput
            label={t('login.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('login.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
      <AnchorLink to="/forgot-password">{t('login.forgot')}</AnchorLink>
    </Page>
  );
}
