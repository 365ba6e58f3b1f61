import { NativeSelect } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { type AreaDetail, type BuildingDetail, useAreas } from '../places/places-api';

/** An area's or building's page data, under the places module's keys so its caches are shared; none until chosen. */
function useChild<T>(kind: 'area' | 'building', id: string, path: string) {
  return useQuery({ queryKey: ['places', kind, id], queryFn: () => api.get<T>(path), enabled: id !== '' });
}

export type PlaceValues = { areaId: string; buildingId: string; entranceId: string };

/**
 * Area, then optionally a building of it and an entrance of that. Choosing a new area or building
 * clears what was picked below it, so the entrance sent always lies in the area shown.
 */
export function PlaceFields<Values extends PlaceValues>({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation();
  const areas = useAreas(false);
  const { areaId, buildingId } = form.getValues();
  const area = useChild<AreaDetail>('area', areaId, `/api/areas/${areaId}`);
  const building = useChild<BuildingDetail>('building', buildingId, `/api/buildings/${buildingId}`);
  // Setting them together keeps one render from holding a building of the old area.
  const setPlace = (place: Partial<PlaceValues>) => form.setValues(place as Partial<Values>);
  const buildings = areaId ? (area.data?.buildings ?? []).filter((item) => !item.archived) : [];
  const entrances = buildingId ? (building.data?.entrances ?? []).filter((item) => !item.archived) : [];
  return (
    <>
      <NativeSelect
        label={t('reports.area')}
        description={t('reports.create.areaHint')}
        data={[
          { value: '', label: t('reports.create.chooseArea') },
          ...(areas.data?.items ?? []).map((item) => ({ value: item.id, label: item.name })),
        ]}
        {...form.getInputProps('areaId')}
        onChange={(event) => setPlace({ areaId: event.currentTarget.value, buildingId: '', entranceId: '' })}
      />
      {buildings.length > 0 && (
        <NativeSelect
          label={t('reports.create.building')}
          data={[
            { value: '', label: t('reports.create.anyBuilding') },
            ...buildings.map((item) => ({
              value: item.id,
              label: item.name ? `${item.address} (${item.name})` : item.address,
            })),
          ]}
          {...form.getInputProps('buildingId')}
          onChange={(event) => setPlace({ buildingId: event.currentTarget.value, entranceId: '' })}
        />
      )}
      {entrances.length > 0 && (
        <NativeSelect
          label={t('reports.create.entrance')}
          data={[
            { value: '', label: t('reports.create.anyEntrance') },
            ...entrances.map((item) => ({ value: item.id, label: item.label })),
          ]}
          {...form.getInputProps('entranceId')}
        />
      )}
    </>
  );
}
