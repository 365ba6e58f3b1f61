import { Badge, Button, Checkbox, Group, Loader, Modal, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../../common/contracts/places';
import { AnchorLink } from '../../app/anchor-link';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import { Page } from '../../app/page';
import { AreaForm } from './area-form';
import { useAreas } from './places-api';

export function AreasPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const areas = useAreas(includeArchived);
  const canCreate = areas.data?.abilities.includes('area.create') ?? false;
  const needle = filter.trim().toLowerCase();
  const shown = (areas.data?.items ?? []).filter(
    (area) => !needle || `${area.name} ${area.code}`.toLowerCase().includes(needle),
  );
  const created = (area: Area) => {
    close();
    notifySuccess(t('areas.created'));
    void navigate({ to: '/areas/$id', params: { id: area.id } });
  };
  const actions = canCreate && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
      {t('areas.new')}
    </Button>
  );
  return (
    <Page title={t('areas.title')} actions={actions}>
      <Group align="flex-end">
        <TextInput
          label={t('areas.filter')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          type="search"
        />
        <Checkbox
          label={t('areas.showArchived')}
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <FormError error={areas.error} />
      {areas.isPending && <Loader aria-label={t('app.loading')} />}
      {areas.data && <AreaTable areas={shown} emptyText={needle ? t('areas.noMatch') : t('areas.empty')} />}
      <Modal opened={creating} onClose={close} title={t('areas.new')}>
        <AreaForm onDone={created} onCancel={close} />
      </Modal>
    </Page>
  );
}

function AreaTable({ areas, emptyText }: { areas: Area[]; emptyText: string }) {
  const { t } = useTranslation();
  if (areas.length === 0) return <Text>{emptyText}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('areas.name')}</Table.Th>
            <Table.Th scope="col">{t('areas.code')}</Table.Th>
            <Table.Th scope="col">{t('areas.classification')}</Table.Th>
            <Table.Th scope="col">{t('areas.buildings')}</Table.Th>
            <Table.Th scope="col">{t('areas.entrances')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {areas.map((area) => (
            <Table.Tr key={area.id}>
              <Table.Td>
                <AnchorLink to="/areas/$id" params={{ id: area.id }}>
                  {area.name}
                </AnchorLink>{' '}
                {area.archived && <Badge color="gray">{t('areas.archived')}</Badge>}
              </Table.Td>
              <Table.Td>{area.code}</Table.Td>
              <Table.Td>
                {area.classification ? t(`areas.classifications.${area.classification}`) : t('app.none')}
              </Table.Td>
              <Table.Td>{area.buildingCount}</Table.Td>
              <Table.Td>{area.entranceCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
