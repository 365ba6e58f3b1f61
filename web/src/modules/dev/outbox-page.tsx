import { Alert, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/page';
import { Linkified } from './linkified';
import { useOutbox } from './use-outbox';

/** The demo outbox: mail this organization would have sent, with its links clickable. */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const outbox = useOutbox();
  return (
    <Page title={t('outbox.title')}>
      <Text>{t('outbox.intro')}</Text>
      {outbox.isError && <Alert color="gray">{t('outbox.unavailable')}</Alert>}
      {outbox.data?.items.length === 0 && <Text>{t('outbox.empty')}</Text>}
      <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
        {outbox.data?.items.map((mail) => (
          <Card component="li" key={mail.id} withBorder>
            <Text fw={600}>{mail.subject}</Text>
            <Text size="sm">
              {t('outbox.to')}: {mail.to} · {t('outbox.sent')}:{' '}
              {new Date(mail.createdAt).toLocaleString(i18n.language)}
            </Text>
            <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <Linkified text={mail.text} />
            </Text>
          </Card>
        ))}
      </Stack>
    </Page>
  );
}
