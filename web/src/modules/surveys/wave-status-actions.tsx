import { Button, Group, Modal, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import type { WaveDetail } from './survey-types';
import { usePatchWave } from './surveys-api';

/** Öppna / Avsluta enkäten. Closing stops every code and link, so it is confirmed first. */
export function WaveStatusActions({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  const patch = usePatchWave(wave.id, () => setConfirming(false));
  // The button pressed is replaced by its opposite; focus goes to that one, not to the page's top.
  const focusAction = () => requestAnimationFrame(() => group.current?.querySelector('button')?.focus());
  const setStatus = (status: 'open' | 'closed') =>
    patch.mutate(
      { status },
      {
        onSuccess: () => {
          notifySuccess(t(status === 'open' ? 'surveys.opened' : 'surveys.closed'));
          focusAction();
        },
      },
    );
  return (
    <>
      <Group ref={group} gap="xs" role="group" aria-label={t('surveys.statusActions')}>
        {wave.status !== 'open' ? (
          <Button color="teal.9" loading={patch.isPending} onClick={() => setStatus('open')}>
            {t('surveys.open')}
          </Button>
        ) : (
          <Button variant="default" onClick={() => setConfirming(true)}>
            {t('surveys.close')}
          </Button>
        )}
      </Group>
      {!confirming && <FormError error={patch.error} />}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('surveys.close')}>
        <Text mb="md">{t('surveys.closeConfirm', { name: wave.name })}</Text>
        <FormError error={patch.error} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('app.cancel')}
          </Button>
          <Button color="red.8" loading={patch.isPending} onClick={() => setStatus('closed')}>
            {t('surveys.close')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
