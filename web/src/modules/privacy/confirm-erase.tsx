import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  opened: boolean;
  reference: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

/** Erasure cannot be undone, so it is confirmed first, naming the reference it is logged with. */
export function ConfirmErase({ opened, reference, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('privacy.eraseTitle')}>
      <Text mb="sm">{t('privacy.eraseText')}</Text>
      <Text mb="md">{t('privacy.eraseReference', { reference })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('app.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={onConfirm}>
          {t('privacy.eraseConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
