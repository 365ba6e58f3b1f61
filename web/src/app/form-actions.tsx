import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { busy: boolean; onCancel: () => void; submitLabel?: string };

/** Cancel and submit at the end of a dialog's form, submit last so it sits by the reading end. */
export function FormActions({ busy, onCancel, submitLabel }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('app.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {submitLabel ?? t('app.save')}
      </Button>
    </Group>
  );
}
