import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Apartment, Entrance } from '../../../../common/contracts/places';
import { ApartmentForm } from './apartment-form';
import { EditableTable } from './editable-table';

type Props = { entrances: Entrance[]; apartments: Apartment[]; canWrite: boolean };

export function ApartmentTable({ entrances, apartments, canWrite }: Props) {
  const { t } = useTranslation();
  const entranceLabel = (id: string) =>
    entrances.find((entrance) => entrance.id === id)?.label ?? t('app.none');
  // Grouped by entrance, then door number, the way caretakers walk a building.
  const sorted = [...apartments].sort(
    (a, b) =>
      entranceLabel(a.entranceId).localeCompare(entranceLabel(b.entranceId), 'sv') ||
      a.doorNumber.localeCompare(b.doorNumber, 'sv', { numeric: true }),
  );
  return (
    <EditableTable
      name="apartments"
      title={t('apartments.title')}
      newLabel={t('apartments.new')}
      editTitle={t('apartments.editTitle')}
      emptyText={t('apartments.empty')}
      rows={sorted}
      columns={[t('apartments.doorNumber'), t('apartments.objectId'), t('apartments.entrance')]}
      cells={(apartment) => (
        <>
          <Table.Td>{apartment.doorNumber}</Table.Td>
          <Table.Td>{apartment.objectId}</Table.Td>
          <Table.Td>{entranceLabel(apartment.entranceId)}</Table.Td>
        </>
      )}
      editLabel={(apartment) => t('apartments.edit', { door: apartment.doorNumber })}
      canWrite={canWrite}
      pathOf={(apartment) => `/api/apartments/${apartment.id}`}
      // An apartment belongs to an entrance, so there is nothing to add it to without one.
      canAdd={canWrite && entrances.length > 0}
      form={(apartment, close) => (
        <ApartmentForm entrances={entrances} apartment={apartment} onDone={close} onCancel={close} />
      )}
    />
  );
}
