import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from './page';

/** A page that crashed while rendering: say so, in the page's own landmark, and offer a reload. */
export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Page title={t('app.error')}>
      <Alert color="red" role="alert">
        <Text>{error instanceof Error ? error.message : t('app.error')}</Text>
      </Alert>
      <Button w="fit-content" onClick={() => window.location.reload()}>
        {t('app.retry')}
      </Button>
    </Page>
  );
}
