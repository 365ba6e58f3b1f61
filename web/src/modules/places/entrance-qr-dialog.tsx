import { Anchor, Button, Group, Image, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconPrinter, IconQrcode } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entrance } from '../../../../common/contracts/places';

/** The tenant report page of an entrance: what its QR code opens. */
export function entranceUrl(entrance: Entrance): string {
  return `${window.location.origin}/e/${encodeURIComponent(entrance.publicToken)}`;
}

export async function qrDataUrl(text: string): Promise<string> {
  // Loaded on demand: the QR encoder is only needed when someone prints a code.
  const qrcode = await import('qrcode');
  const svg = await qrcode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Prints the code alone on a page (a new window, so the app's layout is not printed with it). */
export function printCode(image: string, title: string, url: string, hint: string): void {
  const win = window.open('', '_blank', 'width=600,height=800');
  if (!win) return;
  const doc = win.document;
  doc.title = title;
  const wrap = doc.createElement('div');
  wrap.style.cssText = 'font-family:sans-serif;text-align:center;padding:24px';
  const heading = doc.createElement('h1');
  heading.textContent = title;
  const img = doc.createElement('img');
  img.src = image;
  img.alt = title;
  img.style.cssText = 'width:320px;height:320px';
  const text = doc.createElement('p');
  text.textContent = hint;
  const link = doc.createElement('p');
  link.textContent = url;
  wrap.append(heading, img, text, link);
  doc.body.append(wrap);
  img.onload = () => win.print();
}

/** "Skriv ut QR-kod": the entrance's code with its link, ready to print and put up in the stairwell. */
export function EntranceQrButton({ entrance }: { entrance: Entrance }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const url = entranceUrl(entrance);
  const image = useQuery({
    queryKey: ['entrance-qr', url],
    queryFn: () => qrDataUrl(url),
    enabled: open,
    staleTime: Infinity,
  });
  const title = t('entrances.qrTitle', { label: entrance.label });
  return (
    <>
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconQrcode size={14} aria-hidden />}
        onClick={() => setOpen(true)}
        aria-label={t('entrances.qrFor', { label: entrance.label })}
      >
        {t('entrances.qr')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title}>
        <Stack align="center">
          {image.data ? (
            <Image src={image.data} alt={t('entrances.qrAlt', { label: entrance.label })} w={240} h={240} />
          ) : (
            <Loader aria-label={t('app.loading')} />
          )}
          <Text size="sm">{t('entrances.qrHint')}</Text>
          <Anchor href={url} target="_blank" rel="noopener" style={{ overflowWrap: 'anywhere' }}>
            {url}
          </Anchor>
          <Group>
            <Button
              leftSection={<IconPrinter size={16} aria-hidden />}
              disabled={!image.data}
              onClick={() => image.data && printCode(image.data, title, url, t('entrances.qrHint'))}
            >
              {t('entrances.qrPrint')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
