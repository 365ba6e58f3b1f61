import { Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Building, Entrance } from '../../../../common/contracts/places';
import { EditableTable } from './editable-table';
import { EntranceForm } from './entrance-form';
import { EntranceQrButton } from './entrance-qr-dialog';

type Props = { building: Building; entrances: Entrance[]; canWrite: boolean };

export function EntranceTable({ building, entrances, canWrite }: Props) {
  const { t } = useTranslation();
  return (
    <EditableTable
      name="entrances"
      title={t('entrances.title')}
      newLabel={t('entrances.new')}
      editTitle={t('entrances.editTitle')}
      emptyText={t('entrances.empty')}
      rows={entrances}
      columns={[t('entrances.label'), t('entrances.token'), t('entrances.apartments')]}
      cells={(entrance) => (
        <>
          <Table.Td>{entrance.label}</Table.Td>
          <Table.Td>
            <Code style={{ overflowWrap: 'anywhere' }}>{entrance.publicToken}</Code>{' '}
            <EntranceQrButton entrance={entrance} />
          </Table.Td>
          <Table.Td>{entrance.apartmentCount}</Table.Td>
        </>
      )}
      editLabel={(entrance) => t('entrances.edit', { label: entrance.label })}
      canWrite={canWrite}
      pathOf={(entrance) => `/api/entrances/${entrance.id}`}
      form={(entrance, close) => (
        <EntranceForm building={building} entrance={entrance} onDone={close} onCancel={close} />
      )}
    />
  );
}
