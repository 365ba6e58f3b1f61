import { Loader, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { ExternalBodyForm } from './external-body-form';
import { useExternalBodies } from './settings-api';
import { SettingsTable } from './settings-table';

export function ExternalBodiesSection() {
  const { t } = useTranslation();
  const bodies = useExternalBodies(true);
  if (!bodies.data)
    return bodies.isPending ? <Loader aria-label={t('app.loading')} /> : <FormError error={bodies.error} />;
  return (
    <SettingsTable
      name="bodies"
      title={t('reportSettings.bodies')}
      intro={t('reportSettings.bodiesIntro')}
      newLabel={t('reportSettings.newBody')}
      editTitle={t('reportSettings.editBody')}
      emptyText={t('reportSettings.noBodies')}
      rows={bodies.data.items}
      columns={[t('reportSettings.bodyName'), t('reportSettings.email'), t('reportSettings.endpoint')]}
      cells={(body) => (
        <>
          <Table.Td>{body.name}</Table.Td>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>{body.email ?? t('app.none')}</Table.Td>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>{body.open311Endpoint ?? t('app.none')}</Table.Td>
        </>
      )}
      editLabel={(body) => t('reportSettings.editNamed', { name: body.name })}
      archived={(body) => body.archived}
      form={(body, close) => <ExternalBodyForm body={body} onDone={close} onCancel={close} />}
    />
  );
}
