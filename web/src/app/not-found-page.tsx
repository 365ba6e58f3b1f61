import { Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from './anchor-link';
import { Page } from './page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container component="main" id="main" py="xl">
      <Page title={t('app.notFound')}>
        <Text>{t('app.notFoundText')}</Text>
        <AnchorLink to="/areas">{t('app.backHome')}</AnchorLink>
      </Page>
    </Container>
  );
}
