import { Alert, Button, Loader, Modal, SimpleGrid, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconPencil, IconRestore } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/anchor-link';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { ApartmentTable } from './apartment-table';
import { BuildingForm } from './building-form';
import { ConfirmArchive } from './confirm-archive';
import { EntranceTable } from './entrance-table';
import { type BuildingDetail, useBuilding, useInvalidatePlaces } from './places-api';

export function BuildingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const building = useBuilding(id);
  if (!building.data) {
    return (
      <Page title={t('buildings.title')}>
        {building.isPending ? <Loader aria-label={t('app.loading')} /> : <FormError error={building.error} />}
      </Page>
    );
  }
  return <BuildingView detail={building.data} />;
}

function BuildingView({ detail }: { detail: BuildingDetail }) {
  const { t } = useTranslation();
  const { building, area, abilities } = detail;
  const [dialog, setDialog] = useState<'edit' | 'archive' | null>(null);
  const invalidate = useInvalidatePlaces();
  const close = () => setDialog(null);
  const canWrite = abilities.includes('building.write');
  const archive = useMutation({
    mutationFn: () => api.post(`/api/buildings/${building.id}/${building.archived ? 'restore' : 'archive'}`),
    onSuccess: async () => {
      close();
      notifications.show({ color: 'green', message: t('app.saved') });
      await invalidate();
    },
  });
  const title = building.name ? `${building.name}, ${building.address}` : building.address;
  const actions = canWrite && (
    <>
      <Button
        variant="default"
        leftSection={<IconPencil size={16} aria-hidden />}
        onClick={() => setDialog('edit')}
      >
        {t('app.edit')}
      </Button>
      {building.archived ? (
        <Button
          variant="default"
          leftSection={<IconRestore size={16} aria-hidden />}
          onClick={() => archive.mutate()}
        >
          {t('buildings.restore')}
        </Button>
      ) : (
        <Button
          variant="default"
          color="red"
          leftSection={<IconArchive size={16} aria-hidden />}
          onClick={() => setDialog('archive')}
        >
          {t('buildings.archive')}
        </Button>
      )}
    </>
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
