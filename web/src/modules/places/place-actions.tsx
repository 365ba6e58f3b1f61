import { Button } from '@mantine/core';
import { IconArchive, IconPencil, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = {
  canEdit: boolean;
  canArchive: boolean;
  archived: boolean;
  archiveLabel: string;
  restoreLabel: string;
  onEdit: () => void;
  /** Opens the confirmation; archiving is never done on a single click. */
  onArchive: () => void;
  onRestore: () => void;
  /** Shown on the restore button while it runs, where a page wants that. */
  restoring?: boolean;
};

/** The edit and archive/restore buttons in the header of an area or building page. */
export function PlaceActions({
  canEdit,
  canArchive,
  archived,
  archiveLabel,
  restoreLabel,
  onEdit,
  onArchive,
  onRestore,
  restoring,
}: Props) {
  const { t } = useTranslation();
  return (
    <>
      {canEdit && (
        <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
          {t('app.edit')}
        </Button>
      )}
      {canArchive &&
        (archived ? (
          <Button
            variant="default"
            leftSection={<IconRestore size={16} aria-hidden />}
            onClick={onRestore}
            loading={restoring}
          >
            {restoreLabel}
          </Button>
        ) : (
          <Button
            variant="default"
            color="red"
            leftSection={<IconArchive size={16} aria-hidden />}
            onClick={onArchive}
          >
            {archiveLabel}
          </Button>
        ))}
    </>
  );
}
