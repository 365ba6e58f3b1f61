import { Alert, Modal, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/anchor-link';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { QueryPage } from '../../app/query-page';
import { ApartmentTable } from './apartment-table';
import { BuildingForm } from './building-form';
import { ConfirmArchive } from './confirm-archive';
import { EntranceTable } from './entrance-table';
import { PlaceActions } from './place-actions';
import { type BuildingDetail, useBuilding } from './places-api';
import { useArchivePlace } from './use-archive-place';

export function BuildingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <QueryPage title={t('buildings.title')} query={useBuilding(id)}>
      {(detail) => <BuildingView detail={detail} />}
    </QueryPage>
  );
}

function BuildingView({ detail }: { detail: BuildingDetail }) {
  const { t } = useTranslation();
  const { building, area, abilities } = detail;
  const [dialog, setDialog] = useState<'edit' | 'archive' | null>(null);
  const close = () => setDialog(null);
  const canWrite = abilities.includes('building.write');
  const archive = useArchivePlace(`/api/buildings/${building.id}`, building.archived, close);
  const title = building.name ? `${building.name}, ${building.address}` : building.address;
  // false, not an empty element, so the page leaves out the actions group for readers.
  const actions = canWrite && (
    <PlaceActions
      canEdit
      canArchive
      archived={building.archived}
      archiveLabel={t('buildings.archive')}
      restoreLabel={t('buildings.restore')}
      onEdit={() => setDialog('edit')}
      onArchive={() => setDialog('archive')}
      onRestore={() => archive.mutate()}
    />
  );
  return (
    <Page title={title} actions={actions}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <Text>
          {t('buildings.area')}:{' '}
          <AnchorLink to="/areas/$id" params={{ id: area.id }}>
            {area.name}
          </AnchorLink>
        </Text>
        <Text>
          {t('buildings.propertyDesignation')}: {building.propertyDesignation ?? t('app.none')}
        </Text>
        <Text>
          {t('buildings.externalId')}: {building.externalId ?? t('app.none')}
        </Text>
      </SimpleGrid>
      {building.archived && <Alert color="yellow">{t('buildings.archivedNotice')}</Alert>}
      <FormError error={archive.error} />
      <EntranceTable
        building={building}
        entrances={detail.entrances}
        canWrite={abilities.includes('entrance.write')}
      />
      {abilities.includes('apartment.read') && (
        <ApartmentTable
          entrances={detail.entrances}
          apartments={detail.apartments}
          canWrite={abilities.includes('apartment.write')}
        />
      )}
      <Modal opened={dialog === 'edit'} onClose={close} title={t('buildings.editTitle')}>
        <BuildingForm areaId={area.id} building={building} onDone={close} onCancel={close} />
      </Modal>
      <ConfirmArchive
        opened={dialog === 'archive'}
        title={t('buildings.archiveConfirmTitle')}
        text={t('buildings.archiveConfirmText', { name: title })}
        confirmLabel={t('buildings.archive')}
        busy={archive.isPending}
        onConfirm={() => archive.mutate()}
        onClose={close}
      />
    </Page>
  );
}
