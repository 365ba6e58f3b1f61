import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props<Row extends { id: string }> = {
  name: string;
  title: string;
  intro?: string;
  newLabel: string;
  editTitle: string;
  emptyText: string;
  rows: Row[];
  columns: string[];
  cells: (row: Row) => ReactNode;
  editLabel: (row: Row) => string;
  archived?: (row: Row) => boolean;
  /** The dialog's form: row is undefined for a new one. */
  form: (row: Row | undefined, close: () => void) => ReactNode;
};

/** A settings list with "new" and per-row "edit" in one dialog (like places/editable-table). */
export function SettingsTable<Row extends { id: string }>(props: Props<Row>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Row | null | undefined>(undefined);
  const close = () => setEditing(undefined);
  const headingId = `${props.name}-heading`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3" id={headingId}>
          {props.title}
        </Title>
        <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing(null)}>
          {props.newLabel}
        </Button>
      </Group>
      {props.intro && <Text size="sm">{props.intro}</Text>}
      {props.rows.length === 0 ? (
        <Text>{props.emptyText}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('app.edit')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((row) => (
                <Table.Tr key={row.id}>
                  {props.cells(row)}
                  <Table.Td>
                    {props.archived?.(row) && (
                      <Badge color="gray.7" mr="xs">
                        {t('app.archived')}
                      </Badge>
                    )}
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setEditing(row)}
                      aria-label={props.editLabel(row)}
                    >
                      {t('app.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editing !== undefined}
        onClose={close}
        title={editing ? props.editTitle : props.newLabel}
        size="lg"
      >
        {editing !== undefined && props.form(editing ?? undefined, close)}
      </Modal>
    </Stack>
  );
}
