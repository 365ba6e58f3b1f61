import { Button, Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { useArchivePlace } from './use-archive-place';

/**
 * Archive (or restore) a row from inside its edit dialog: nothing is deleted, the row is hidden
 * from the map and lists and can be brought back, so no second confirmation is asked.
 */
export function ArchiveRowButton({
  path,
  archived,
  onDone,
}: {
  path: string;
  archived: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const archive = useArchivePlace(path, archived, onDone);
  return (
    <>
      <Divider my="md" />
      <FormError error={archive.error} />
      <Button variant="default" color="red" loading={archive.isPending} onClick={() => archive.mutate()}>
        {archived ? t('app.restore') : t('app.archive')}
      </Button>
    </>
  );
}
