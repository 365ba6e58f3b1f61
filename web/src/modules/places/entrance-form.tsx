import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Building, Entrance } from '../../../../common/contracts/places';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { CoordinateFields } from './coordinate-fields';
import { toNumber } from './coordinates';
import { useSavePlace } from './use-save-place';

type Props = { building: Building; entrance?: Entrance; onDone: () => void; onCancel: () => void };

export function EntranceForm({ building, entrance, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      label: entrance?.label ?? '',
      lon: (entrance?.lon ?? building.lon) as number | string,
      lat: (entrance?.lat ?? building.lat) as number | string,
    },
  });
  const save = useSavePlace(
    form,
    (values: typeof form.values) => {
      const body = { label: values.label, lon: toNumber(values.lon), lat: toNumber(values.lat) };
      return entrance
        ? api.patch(`/api/entrances/${entrance.id}`, body)
        : api.post('/api/entrances', { ...body, buildingId: building.id });
    },
    onDone,
  );
  return (
    <MutationForm form={form} mutation={save}>
      <TextInput label={t('entrances.label')} required data-autofocus {...form.getInputProps('label')} />
      <CoordinateFields lon={form.getInputProps('lon')} lat={form.getInputProps('lat')} />
      <FormActions busy={save.isPending} onCancel={onCancel} />
    </MutationForm>
  );
}
