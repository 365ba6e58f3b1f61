import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import type { WaveDetail } from './survey-types';
import { usePatchWave } from './surveys-api';

/** Renames a wave or moves its end date (PATCH name, endsOn); an empty end date means none. */
export function WaveEditButton({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(wave.name);
  const [endsOn, setEndsOn] = useState(wave.endsOn ?? '');
  const patch = usePatchWave(wave.id, () => setOpen(false));
  const save = () =>
    patch.mutate(
      { name, endsOn: endsOn === '' ? null : endsOn },
      { onSuccess: () => notifySuccess(t('app.saved')) },
    );
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconEdit size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('surveys.editWave')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('surveys.editWave')}>
        <Stack>
          <TextInput
            label={t('surveys.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label={t('surveys.endsOn')}
            description={t('surveys.endsOnHint')}
            type="date"
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
          />
          <FormError error={patch.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('app.cancel')}
            </Button>
            <Button loading={patch.isPending} onClick={save}>
              {t('app.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
