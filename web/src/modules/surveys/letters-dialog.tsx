import { Button, Checkbox, Group, Modal, MultiSelect, Paper, Stack, Text } from '@mantine/core';
import { IconDownload, IconMail } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { FormError } from '../../app/form-error';
import { postForBlob } from './send-file';
import type { LetterRequest, WaveDetail } from './survey-types';
import { useInvalidateSurveys, useRequestOptions } from './surveys-api';

/** "Skriv ut kodbrev": the button and its dialog. */
export function LettersButton({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconMail size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('surveys.letters.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('surveys.letters.title')} size="lg">
        {open && <LettersForm wave={wave} onCancel={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

/** A file name without characters file systems refuse. */
const fileSafe = (name: string) => name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'enkat';

/**
 * Chooses areas (all of the wave's by default), optionally some of their buildings, and whether
 * unused codes are replaced; the server makes the PDF, which is offered as a download link.
 */
function LettersForm({ wave, onCancel }: { wave: WaveDetail; onCancel: () => void }) {
  const { t } = useTranslation();
  const options = useRequestOptions();
  const invalidate = useInvalidateSurveys();
  const [areaIds, setAreaIds] = useState(wave.areas.map((area) => area.id));
  const [buildingIds, setBuildingIds] = useState<string[]>([]);
  const [reissueUnused, setReissue] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const download = useRef<HTMLAnchorElement>(null);
  const make = useMutation({
    mutationFn: (body: LetterRequest) => postForBlob(`/api/survey-waves/${wave.id}/letters`, body, options),
    onSuccess: async (blob) => {
      setUrl(URL.createObjectURL(blob));
      await invalidate();
    },
  });
  // The object URL holds the whole PDF in memory until it is revoked.
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  useEffect(() => {
    if (url) download.current?.focus();
  }, [url]);
  const buildings = wave.rates
    .filter((area) => areaIds.includes(area.areaId))
    .flatMap((area) =>
      area.buildings.map((b) => ({ value: b.buildingId, label: `${b.address} (${area.areaName})` })),
    );
  const submit = () =>
    make.mutate({
      areaIds,
      ...(buildingIds.length > 0
        ? { buildingIds: buildingIds.filter((id) => buildings.some((b) => b.value === id)) }
        : {}),
      reissueUnused,
    });
  return (
    <Stack>
      <Text size="sm">{t('surveys.letters.intro')}</Text>
      <MultiSelect
        label={t('surveys.letters.areas')}
        data={wave.areas.map((area) => ({ value: area.id, label: area.name }))}
        value={areaIds}
        onChange={setAreaIds}
        data-autofocus
      />
      <MultiSelect
        label={t('surveys.letters.buildings')}
        data={buildings}
        value={buildingIds}
        onChange={setBuildingIds}
        searchable
        clearable
      />
      <Checkbox
        label={t('surveys.letters.reissue')}
        description={t('surveys.letters.reissueHint')}
        checked={reissueUnused}
        onChange={(event) => setReissue(event.currentTarget.checked)}
      />
      {make.error instanceof ApiError && make.error.status === 409 ? (
        // The server's conflict words are generic; here the cause and the way out are known.
        <Text c="red.8" role="alert">
          {t('surveys.letters.noneLeft')}
        </Text>
      ) : (
        <FormError error={make.error} />
      )}
      {url && (
        <Paper
          withBorder
          p="sm"
          bg="gray.0"
          style={{ borderInlineStart: '4px solid var(--mantine-color-teal-9)' }}
        >
          <Text fw={700} role="status">
            {t('surveys.letters.ready')}
          </Text>
          <Button
            ref={download}
            component="a"
            href={url}
            download={t('surveys.letters.fileName', { name: fileSafe(wave.name) })}
            leftSection={<IconDownload size={16} aria-hidden />}
            mt="xs"
          >
            {t('surveys.letters.download')}
          </Button>
        </Paper>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('app.close')}
        </Button>
        <Button onClick={submit} loading={make.isPending} disabled={areaIds.length === 0}>
          {t('surveys.letters.create')}
        </Button>
      </Group>
    </Stack>
  );
}
