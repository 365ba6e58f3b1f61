import { Anchor, Button, Image, Loader, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconLink, IconPrinter, IconQrcode } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { printCode, qrDataUrl } from '../places/entrance-qr-dialog';
import type { OpenLink } from './survey-types';
import { useOpenLinks } from './surveys-api';

/** The server gives paths; printed codes need the whole address. */
const absolute = (url: string) => (url.startsWith('/') ? `${window.location.origin}${url}` : url);

/** "Öppna länkar": one link per stairwell, each with a QR code to print and put up. */
export function OpenLinksButton({ waveId }: { waveId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconLink size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('surveys.links.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('surveys.links.title')} size="xl">
        {open && <OpenLinks waveId={waveId} />}
      </Modal>
    </>
  );
}

function OpenLinks({ waveId }: { waveId: string }) {
  const { t } = useTranslation();
  const links = useOpenLinks(waveId, true);
  const [chosen, setChosen] = useState<OpenLink | null>(null);
  if (links.isPending) return <Loader aria-label={t('app.loading')} />;
  if (!links.data) return <FormError error={links.error} />;
  if (links.data.items.length === 0) return <Text>{t('surveys.links.empty')}</Text>;
  return (
    <Stack>
      <Text size="sm">{t('surveys.links.intro')}</Text>
      {chosen && <QrPanel key={chosen.entranceId} link={chosen} />}
      <Table.ScrollContainer minWidth={560} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
        <Table striped>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
            {t('surveys.links.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.links.entrance')}</Table.Th>
              <Table.Th scope="col">{t('surveys.links.link')}</Table.Th>
              <Table.Th scope="col">{t('surveys.links.qr')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {links.data.items.map((link) => (
              <Table.Tr key={link.entranceId}>
                <Table.Th scope="row" fw={400}>
                  {link.buildingAddress}
                  <Text size="xs" c="dimmed">
                    {link.areaName}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Anchor
                    href={absolute(link.url)}
                    target="_blank"
                    rel="noopener"
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {absolute(link.url)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconQrcode size={14} aria-hidden />}
                    onClick={() => setChosen(link)}
                    aria-label={t('surveys.links.showQr', { address: link.buildingAddress })}
                  >
                    {t('surveys.links.qr')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** The chosen stairwell's code, shown above the list; focus moves to it so it is not missed. */
function QrPanel({ link }: { link: OpenLink }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const url = absolute(link.url);
  const image = useQuery({
    queryKey: ['survey-qr', url],
    queryFn: () => qrDataUrl(url),
    staleTime: Infinity,
  });
  const title = t('surveys.links.qrTitle', { address: link.buildingAddress });
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper withBorder p="md">
      <Stack align="center" gap="xs">
        <Title order={2} size="h4" ref={heading} tabIndex={-1}>
          {title}
        </Title>
        {image.data ? (
          <Image
            src={image.data}
            alt={t('surveys.links.qrAlt', { address: link.buildingAddress })}
            w={200}
            h={200}
          />
        ) : (
          <Loader aria-label={t('app.loading')} />
        )}
        <Button
          leftSection={<IconPrinter size={16} aria-hidden />}
          disabled={!image.data}
          onClick={() => image.data && printCode(image.data, title, url, t('surveys.links.printHint'))}
        >
          {t('surveys.links.print')}
        </Button>
      </Stack>
    </Paper>
  );
}
