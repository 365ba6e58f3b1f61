import { Anchor, Button, CopyButton, Group, Image, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationResult } from '../../../../common/contracts/survey-waves';
import { printCode, qrDataUrl } from '../places/entrance-qr-dialog';

type Props = { result: InvitationResult; email: string; onAnother: () => void; onClose: () => void };

/**
 * What came of an invitation: the mail went out, or the one-time link to pass on (the server keeps
 * only its hash, so it is shown once: copy it, show the QR code or print it). Focus moves to the
 * message so it is heard.
 */
export function InviteResult({ result, email, onAnother, onClose }: Props) {
  const { t } = useTranslation();
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => message.current?.focus(), []);
  return (
    <Stack>
      <Paper
        withBorder
        p="sm"
        bg="gray.0"
        style={{ borderInlineStart: '4px solid var(--mantine-color-teal-9)' }}
      >
        <Text fw={700} role="status" ref={message} tabIndex={-1}>
          {result.url ? t('surveys.invite.linkReady') : t('surveys.invite.sent', { email })}
        </Text>
      </Paper>
      {result.url && <InviteLink url={result.url} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('app.close')}
        </Button>
        <Button onClick={onAnother}>{t('surveys.invite.another')}</Button>
      </Group>
    </Stack>
  );
}

function InviteLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const image = useQuery({
    queryKey: ['survey-invite-qr', url],
    queryFn: () => qrDataUrl(url),
    staleTime: Infinity,
  });
  const title = t('surveys.invite.printTitle');
  return (
    <Stack align="center" gap="xs">
      <Text size="sm" fw={600}>
        {t('surveys.invite.link')}
      </Text>
      <Anchor href={url} target="_blank" rel="noopener" style={{ overflowWrap: 'anywhere' }} ta="center">
        {url}
      </Anchor>
      {image.data ? (
        <Image src={image.data} alt={t('surveys.invite.qrAlt')} w={200} h={200} />
      ) : (
        <Loader aria-label={t('app.loading')} />
      )}
      <Group justify="center">
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              onClick={copy}
              leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            >
              {copied ? t('surveys.invite.copied') : t('surveys.invite.copy')}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          disabled={!image.data}
          onClick={() => image.data && printCode(image.data, title, url, t('surveys.links.printHint'))}
        >
          {t('surveys.invite.print')}
        </Button>
      </Group>
    </Stack>
  );
}
