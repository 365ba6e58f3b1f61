import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveRowButton } from './archive-row-button';

type Props<Row extends { id: string; archived: boolean }> = {
  /** Prefix of the heading's id; the section is labelled by its heading. */
  name: string;
  title: string;
  newLabel: string;
  editTitle: string;
  emptyText: string;
  rows: Row[];
  /** Column headings; the edit column is added after them when canWrite. */
  columns: string[];
  /** The row's Table.Td cells, one per column. */
  cells: (row: Row) => ReactNode;
  /** Names each edit button after its row, since "Edit" alone is ambiguous in a list. */
  editLabel: (row: Row) => string;
  canWrite: boolean;
  /** Whether a new row can be added; defaults to canWrite. */
  canAdd?: boolean;
  /** The dialog's form: row is undefined for a new one; close when done or cancelled. */
  form: (row: Row | undefined, close: () => void) => ReactNode;
  /** The row's API path (e.g. `/api/entrances/<id>`): its edit dialog offers archive or restore. */
  pathOf: (row: Row) => string;
};

/** A titled section listing rows of a building, with new and edit done in one dialog. */
export function EditableTable<Row extends { id: string; archived: boolean }>({
  name,
  title,
  newLabel,
  editTitle,
  emptyText,
  rows,
  columns,
  cells,
  editLabel,
  canWrite,
  canAdd = canWrite,
  form,
  pathOf,
}: Props<Row>) {
  const { t } = useTranslation();
  // undefined: closed; null: a new row; otherwise the row being edited.
  const [editing, setEditing] = useState<Row | null | undefined>(undefined);
  const close = () => setEditing(undefined);
  const headingId = `${name}-heading`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        {canAdd && (
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing(null)}>
            {newLabel}
          </Button>
        )}
      </Group>
      {rows.length === 0 ? (
        <Text>{emptyText}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ))}
                {canWrite && <Table.Th scope="col">{t('app.edit')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  {cells(row)}
                  {canWrite && (
                    <Table.Td>
                      {row.archived && (
                        <Badge color="gray" variant="light" mr="xs">
                          {t('app.archived')}
                        </Badge>
                      )}
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => setEditing(row)}
                        aria-label={editLabel(row)}
                      >
                        {t('app.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={editing !== undefined} onClose={close} title={editing ? editTitle : newLabel}>
        {form(editing ?? undefined, close)}
        {editing && <ArchiveRowButton path={pathOf(editing)} archived={editing.archived} onDone={close} />}
      </Modal>
    </Stack>
  );
}
