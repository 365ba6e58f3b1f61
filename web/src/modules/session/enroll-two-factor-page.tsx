import { Button, Container, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify';
import { Page } from '../../app/page';
import { logout, useResetSession } from '../../app/session';
import { SkipLink } from '../../app/skip-link';
import { TwoFactorSetup } from './two-factor-setup';

/** Shown instead of the shell until a user whose role requires two-factor has enabled it. */
export function EnrollTwoFactorPage() {
  const { t } = useTranslation();
  const resetSession = useResetSession();
  const enabled = async () => {
    notifySuccess(t('enroll.enabled'));
    await resetSession();
  };
  return (
    <>
      <SkipLink />
      <Container component="main" id="main" tabIndex={-1} size={520} py="xl">
        <Paper withBorder p="lg" radius="md">
          <Page title={t('enroll.title')}>
            <Text>{t('enroll.intro')}</Text>
            <TwoFactorSetup onEnabled={() => void enabled()} />
            <Button variant="default" onClick={() => void logout()}>
              {t('app.logout')}
            </Button>
          </Page>
        </Paper>
      </Container>
    </>
  );
}
