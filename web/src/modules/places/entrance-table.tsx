import { Button, Code, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building, Entrance } from '../../../../common/contracts/places';
import { EntranceForm } from './entrance-form';

type Props = { building: Building; entrances: Entrance[]; canWrite: boolean };

export function EntranceTable({ building, entrances, canWrite }: Props) {
  const { t } = useTranslation();
  // undefined: closed; null: a new entrance; otherwise the entrance being edited.
  const [editing, setEditing] = useState<Entrance | null | undefined>(undefined);
  const close = () => setEditing(undefined);
  return (
    <Stack component="section" aria-labelledby="entrances-heading" gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3" id="entrances-heading">
          {t('entrances.title')}
        </Title>
        {canWrite && (
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing(null)}>
            {t('entrances.new')}
          </Button>
        )}
      </Group>
      {entrances.length === 0 ? (
        <Text>{t('entrances.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('entrances.label')}</Table.Th>
                <Table.Th scope="col">{t('entrances.token')}</Table.Th>
                <Table.Th scope="col">{t('entrances.apartments')}</Table.Th>
                {canWrite && <Table.Th scope="col">{t('app.edit')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entrances.map((entrance) => (
                <Table.Tr key={entrance.id}>
                  <Table.Td>{entrance.label}</Table.Td>
                  <Table.Td>
                    <Code style={{ overflowWrap: 'anywhere' }}>{entrance.publicToken}</Code>
                  </Table.Td>
                  <Table.Td>{entrance.apartmentCount}</Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => setEditing(entrance)}
                        aria-label={t('entrances.edit', { label: entrance.label })}
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
      <Modal
        opened={editing !== undefined}
        onClose={close}
        title={editing ? t('entrances.editTitle') : t('entrances.new')}
      >
        <EntranceForm building={building} entrance={editing ?? undefined} onDone={close} onCancel={close} />
      </Modal>
    </Stack>
  );
}
