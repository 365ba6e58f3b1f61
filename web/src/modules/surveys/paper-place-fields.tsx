import { Fieldset, NativeSelect } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import type { BuildingDetail } from '../places/places-api';
import type { WaveDetail } from './survey-types';

export type PaperPlace = { areaId: string; buildingId: string; entranceId: string };

type Props<Values extends PaperPlace> = {
  form: UseFormReturnType<Values>;
  wave: WaveDetail;
  areaRef: RefObject<HTMLSelectElement | null>;
  /** Whose words: a keyed-in paper form (the default) or an invitation, where a building is required. */
  texts?: 'paper' | 'invite';
};

/**
 * Where the respondent lives: one of the wave's areas, then optionally a building of it (from the
 * wave's own rate table) and an entrance of that building. A new area clears what was below it.
 */
export function PaperPlaceFields<Values extends PaperPlace>({
  form,
  wave,
  areaRef,
  texts = 'paper',
}: Props<Values>) {
  const { t } = useTranslation();
  const { areaId, buildingId } = form.getValues();
  // Under the places module's key, so the building page's cache is shared; none until chosen.
  const building = useQuery({
    queryKey: ['places', 'building', buildingId],
    queryFn: () => api.get<BuildingDetail>(`/api/buildings/${buildingId}`),
    enabled: buildingId !== '',
  });
  const setPlace = (place: Partial<PaperPlace>) => {
    form.setValues(place as Partial<Values>);
    // A new choice answers the message that was under it.
    for (const key of Object.keys(place)) form.clearFieldError(key);
  };
  const buildings = wave.rates.find((area) => area.areaId === areaId)?.buildings ?? [];
  const entrances = buildingId ? (building.data?.entrances ?? []).filter((item) => !item.archived) : [];
  return (
    <Fieldset legend={t(`surveys.${texts}.where`)}>
      <NativeSelect
        ref={areaRef}
        // In a dialog the first choice takes the focus, not the close button.
        data-autofocus={texts === 'invite' || undefined}
        label={t(`surveys.${texts}.area`)}
        required
        data={[
          { value: '', label: t(`surveys.${texts}.chooseArea`) },
          ...wave.areas.map((area) => ({ value: area.id, label: area.name })),
        ]}
        {...form.getInputProps('areaId')}
        onChange={(event) => setPlace({ areaId: event.currentTarget.value, buildingId: '', entranceId: '' })}
      />
      {buildings.length > 0 && (
        <NativeSelect
          label={t(`surveys.${texts}.building`)}
          required={texts === 'invite'}
          data={[
            { value: '', label: t(`surveys.${texts}.anyBuilding`) },
            ...buildings.map((item) => ({ value: item.buildingId, label: item.address })),
          ]}
          {...form.getInputProps('buildingId')}
          onChange={(event) => setPlace({ buildingId: event.currentTarget.value, entranceId: '' })}
        />
      )}
      {entrances.length > 0 && (
        <NativeSelect
          label={t(`surveys.${texts}.entrance`)}
          data={[
            { value: '', label: t(`surveys.${texts}.anyEntrance`) },
            ...entrances.map((item) => ({ value: item.id, label: item.label })),
          ]}
          {...form.getInputProps('entranceId')}
        />
      )}
    </Fieldset>
  );
}
