import { Group, Image, Modal, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { photo } from '../../../../common/contracts/reports';

type Photo = z.infer<typeof photo>;

/** Thumbnails; a tap opens the photo at full size in a dialog. */
export function PhotoStrip({ photos, label }: { photos: Photo[]; label: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const name = (index: number) => t('reports.photoOf', { label, index: index + 1, count: photos.length });
  const current = open === null ? undefined : photos[open];
  return (
    <>
      <Group gap="xs">
        {photos.map((item, index) => (
          <UnstyledButton
            key={item.id}
            onClick={() => setOpen(index)}
            aria-label={t('reports.enlarge', { name: name(index) })}
          >
            <Image src={item.url} alt="" w={120} h={90} fit="cover" radius="sm" loading="lazy" />
          </UnstyledButton>
        ))}
      </Group>
      <Modal
        opened={current !== undefined}
        onClose={() => setOpen(null)}
        title={open === null ? '' : name(open)}
        size="xl"
      >
        {current && <Image src={current.url} alt={name(open ?? 0)} fit="contain" mah="75vh" />}
      </Modal>
    </>
  );
}
