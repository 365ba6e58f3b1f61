import { Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import type { WaveDetail } from './survey-types';
import { usePatchWave } from './surveys-api';

type Confirming = 'close' | 'reopen' | null;

/**
 * Öppna / Avsluta enkäten. Closing stops every code and link, so it is confirmed first; reopening a
 * closed wave changes published results, so it asks for a reason (required by the server too).
 */
export function WaveStatusActions({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const group = useRef<HTMLDivElement>(null);
  const patch = usePatchWave(wave.id, () => setConfirming(null));
  // The button pressed is replaced by its opposite; focus goes to that one, not to the page's top.
  const focusAction = () => requestAnimationFrame(() => group.current?.querySelector('button')?.focus());
  const setStatus = (status: 'open' | 'closed', reason?: string) =>
    patch.mutate(
      { status, reason },
      {
        onSuccess: () => {
          notifySuccess(t(status === 'open' ? 'surveys.opened' : 'surveys.closed'));
          focusAction();
        },
      },
    );
  const cancel = () => {
    setConfirming(null);
    patch.reset();
  };
  return (
    <>
      <Group ref={group} gap="xs" role="group" aria-label={t('surveys.statusActions')}>
        {wave.status === 'draft' && (
          <Button color="teal.9" loading={patch.isPending} onClick={() => setStatus('open')}>
            {t('surveys.open')}
          </Button>
        )}
        {wave.status === 'closed' && (
          <Button variant="default" onClick={() => setConfirming('reopen')}>
            {t('surveys.open')}
          </Button>
        )}
        {wave.status === 'open' && (
          <Button variant="default" onClick={() => setConfirming('close')}>
            {t('surveys.close')}
          </Button>
        )}
      </Group>
      {!confirming && <FormError error={patch.error} />}
      <Modal opened={confirming === 'close'} onClose={cancel} title={t('surveys.close')}>
        <Text mb="md">{t('surveys.closeConfirm', { name: wave.name })}</Text>
        <FormError error={patch.error} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={cancel}>
            {t('app.cancel')}
          </Button>
          <Button color="red.8" loading={patch.isPending} onClick={() => setStatus('closed')}>
            {t('surveys.close')}
          </Button>
        </Group>
      </Modal>
      <Modal opened={confirming === 'reopen'} onClose={cancel} title={t('surveys.reopen.title')}>
        {confirming === 'reopen' && (
          <ReopenForm
            name={wave.name}
            pending={patch.isPending}
            error={patch.error}
            onCancel={cancel}
            onReopen={(reason) => setStatus('open', reason)}
          />
        )}
      </Modal>
    </>
  );
}

type ReopenProps = {
  name: string;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onReopen: (reason: string) => void;
};

function ReopenForm({ name, pending, error, onCancel, onReopen }: ReopenProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    onReopen(reason.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Text mb="md">{t('surveys.reopen.intro', { name })}</Text>
      <Textarea
        label={t('surveys.reopen.reason')}
        description={t('surveys.reopen.reasonHint')}
        required
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setMissing(false);
        }}
        error={missing ? t('surveys.reopen.reasonNeeded') : undefined}
        data-autofocus
      />
      <FormError error={error} />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>
          {t('app.cancel')}
        </Button>
        <Button type="submit" color="teal.9" loading={pending}>
          {t('surveys.reopen.confirm')}
        </Button>
      </Group>
    </form>
  );
}
