import { Button, Divider } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';

/** Archive or restore from inside an edit dialog (nothing is deleted, so no second confirmation). */
export function ArchiveToggle({
  path,
  archived,
  onDone,
}: {
  path: string;
  archived: boolean;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const toggle = useMutation({
    mutationFn: () => api.post(`${path}/${archived ? 'restore' : 'archive'}`),
    onSuccess: () => onDone(),
  });
  return (
    <>
      <Divider my="md" />
      <FormError error={toggle.error} />
      <Button variant="default" color="red" loading={toggle.isPending} onClick={() => toggle.mutate()}>
        {archived ? t('app.restore') : t('app.archive')}
      </Button>
    </>
  );
}
