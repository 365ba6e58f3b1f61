import { Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Apartment, Entrance } from '../../../../common/contracts/places';
import { ApartmentForm } from './apartment-form';

type Props = { entrances: Entrance[]; apartments: Apartment[]; canWrite: boolean };

export function ApartmentTable({ entrances, apartments, canWrite }: Props) {
  const { t } = useTranslation();
  // undefined: closed; null: a new apartment; otherwise the apartment being edited.
  const [editing, setEditing] = useState<Apartment | null | undefined>(undefined);
  const close = () => setEditing(undefined);
  const entranceLabel = (id: string) =>
    entrances.find((entrance) => entrance.id === id)?.label ?? t('app.none');
  // Grouped by entrance, then door number, the way caretakers walk a building.
  const sorted = [...apartments].sort(
    (a, b) =>
      entranceLabel(a.entranceId).localeCompare(entranceLabel(b.entranceId), 'sv') ||
      a.doorNumber.localeCompare(b.doorNumber, 'sv', { numeric: true }),
  );
  return (
    <Stack component="section" aria-labelledby="apartments-heading" gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3" id="apartments-heading">
          {t('apartments.title')}
        </Title>
        {canWrite && entrances.length > 0 && (
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing(null)}>
            {t('apartments.new')}
          </Button>
        )}
      </Group>
      {apartments.length === 0 ? (
        <Text>{t('apartments.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('apartments.doorNumber')}</Table.Th>
                <Table.Th scope="col">{t('apartments.objectId')}</Table.Th>
                <Table.Th scope="col">{t('apartments.entrance')}</Table.Th>
                {canWrite && <Table.Th scope="col">{t('app.edit')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((apartment) => (
                <Table.Tr key={apartment.id}>
                  <Table.Td>{apartment.doorNumber}</Table.Td>
                  <Table.Td>{apartment.objectId}</Table.Td>
                  <Table.Td>{entranceLabel(apartment.entranceId)}</Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => setEditing(apartment)}
                        aria-label={t('apartments.edit', { door: apartment.doorNumber })}
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
        title={editing ? t('apartments.editTitle') : t('apartments.new')}
      >
        <ApartmentForm
          entrances={entrances}
          apartment={editing ?? undefined}
          onDone={close}
          onCancel={close}
        />
      </Modal>
    </Stack>
  );
}
