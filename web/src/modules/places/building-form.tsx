import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Building } from '../../../../common/contracts/places';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { CoordinateFields } from './coordinate-fields';
import { toNumber } from './coordinates';
import { useSavePlace } from './use-save-place';

type Props = {
  areaId: string;
  building?: Building;
  /** Where a new building starts: the middle of its area, so the numbers are near the truth. */
  near?: { lon: number; lat: number };
  onDone: (building: Building) => void;
  onCancel: () => void;
};

export function BuildingForm({ areaId, building, near, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      name: building?.name ?? '',
      address: building?.address ?? '',
      propertyDesignation: building?.propertyDesignation ?? '',
      externalId: building?.externalId ?? '',
      lon: (building?.lon ?? near?.lon ?? '') as number | string,
      lat: (building?.lat ?? near?.lat ?? '') as number | string,
    },
  });
  const save = useSavePlace(
    form,
    (values: typeof form.values) => {
      const body = {
        name: values.name || null,
        address: values.address,
        propertyDesignation: values.propertyDesignation || null,
        externalId: values.externalId || null,
        lon: toNumber(values.lon),
        lat: toNumber(values.lat),
      };
      return building
        ? api.patch<Building>(`/api/buildings/${building.id}`, body)
        : api.post<Building>('/api/buildings', { ...body, areaId });
    },
    onDone,
  );
  return (
    <MutationForm form={form} mutation={save}>
      <TextInput label={t('buildings.address')} required data-autofocus {...form.getInputProps('address')} />
      <TextInput label={t('buildings.name')} {...form.getInputProps('name')} />
      <TextInput label={t('buildings.propertyDesignation')} {...form.getInputProps('propertyDesignation')} />
      <TextInput label={t('buildings.externalId')} {...form.getInputProps('externalId')} />
      <CoordinateFields lon={form.getInputProps('lon')} lat={form.getInputProps('lat')} />
      <FormActions busy={save.isPending} onCancel={onCancel} />
    </MutationForm>
  );
}
