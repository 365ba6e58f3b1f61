import { Alert, Badge, Button, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building } from '../../../../common/contracts/places';
import { AnchorLink } from '../../app/anchor-link';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import { Page } from '../../app/page';
import { QueryPage } from '../../app/query-page';
import { LazyPlacesMap } from '../map/lazy-places-map';
import { AreaSurveySection } from '../survey-analysis/area-survey-section';
import { AreaForm } from './area-form';
import { BuildingForm } from './building-form';
import { ConfirmArchive } from './confirm-archive';
import { PlaceActions } from './place-actions';
import { type AreaDetail, useArea, useMapFeatures } from './places-api';
import { useArchivePlace } from './use-archive-place';

type Dialog = 'edit' | 'archive' | 'building' | null;

export function AreaPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <QueryPage title={t('areas.title')} query={useArea(id)}>
      {(detail) => <AreaView detail={detail} />}
    </QueryPage>
  );
}

function AreaView({ detail }: { detail: AreaDetail }) {
  const { t } = useTranslation();
  const { area, abilities } = detail;
  const [dialog, setDialog] = useState<Dialog>(null);
  const navigate = useNavigate();
  const map = useMapFeatures(area.id);
  const close = () => setDialog(null);
  const archive = useArchivePlace(`/api/areas/${area.id}`, area.archived, close);
  const buildingCreated = (building: Building) => {
    notifySuccess(t('buildings.created'));
    void navigate({ to: '/buildings/$id', params: { id: building.id } });
  };
  const center = area.bbox
    ? { lon: (area.bbox[0] + area.bbox[2]) / 2, lat: (area.bbox[1] + area.bbox[3]) / 2 }
    : undefined;
  const actions = (
    <>
      {abilities.includes('building.write') && !area.archived && (
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog('building')}>
          {t('areas.newBuilding')}
        </Button>
      )}
      <PlaceActions
        canEdit={abilities.includes('area.update')}
        canArchive={abilities.includes('area.archive')}
        archived={area.archived}
        archiveLabel={t('areas.archive')}
        restoreLabel={t('areas.restore')}
        onEdit={() => setDialog('edit')}
        onArchive={() => setDialog('archive')}
        onRestore={() => archive.mutate()}
        restoring={archive.isPending}
      />
    </>
  );
  return (
    <Page title={area.name} actions={actions}>
      <Text>
        {t('areas.code')}: {area.code}
        {area.classification && <> · {t(`areas.classifications.${area.classification}`)}</>}
      </Text>
      {area.archived && <Alert color="yellow">{t('areas.archivedNotice')}</Alert>}
      <FormError error={archive.error} />
      <LazyPlacesMap
        features={map.data}
        label={t('areas.mapOf', { name: area.name })}
        height={360}
        onSelect={(feature) =>
          feature.kind === 'building' && void navigate({ to: '/buildings/$id', params: { id: feature.id } })
        }
      />
      <AreaSurveySection areaId={area.id} />
      <BuildingTable buildings={detail.buildings} />
      <Modal opened={dialog === 'edit'} onClose={close} title={t('areas.editTitle')}>
        <AreaForm area={area} onDone={close} onCancel={close} />
      </Modal>
      <Modal opened={dialog === 'building'} onClose={close} title={t('areas.newBuilding')}>
        <BuildingForm areaId={area.id} near={center} onDone={buildingCreated} onCancel={close} />
      </Modal>
      <ConfirmArchive
        opened={dialog === 'archive'}
        title={t('areas.archiveConfirmTitle')}
        text={t('areas.archiveConfirmText', { name: area.name })}
        confirmLabel={t('areas.archive')}
        busy={archive.isPending}
        onConfirm={() => archive.mutate()}
        onClose={close}
      />
    </Page>
  );
}

function BuildingTable({ buildings }: { buildings: Building[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="buildings-heading" gap="xs">
      <Title order={2} size="h3" id="buildings-heading">
        {t('areas.buildings')}
      </Title>
      {buildings.length === 0 ? (
        <Text>{t('areas.noBuildings')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('buildings.address')}</Table.Th>
                <Table.Th scope="col">{t('buildings.name')}</Table.Th>
                <Table.Th scope="col">{t('buildings.propertyDesignation')}</Table.Th>
                <Table.Th scope="col">{t('buildings.entrances')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {buildings.map((building) => (
                <Table.Tr key={building.id}>
                  <Table.Td>
                    <AnchorLink to="/buildings/$id" params={{ id: building.id }}>
                      {building.address}
                    </AnchorLink>{' '}
                    {building.archived && <Badge color="gray">{t('areas.archived')}</Badge>}
                  </Table.Td>
                  <Table.Td>{building.name ?? t('app.none')}</Table.Td>
                  <Table.Td>{building.propertyDesignation ?? t('app.none')}</Table.Td>
                  <Table.Td>{building.entranceCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
