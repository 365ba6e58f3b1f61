import { NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Apartment, Entrance } from '../../../../common/contracts/places';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { useSavePlace } from './use-save-place';

type Props = { entrances: Entrance[]; apartment?: Apartment; onDone: () => void; onCancel: () => void };

export function ApartmentForm({ entrances, apartment, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      entranceId: apartment?.entranceId ?? entrances[0]?.id ?? '',
      doorNumber: apartment?.doorNumber ?? '',
      objectId: apartment?.objectId ?? '',
    },
  });
  const save = useSavePlace(
    form,
    ({ entranceId, ...values }: typeof form.values) =>
      apartment
        ? api.patch(`/api/apartments/${apartment.id}`, values)
        : api.post('/api/apartments', { ...values, entranceId }),
    onDone,
  );
  return (
    <MutationForm form={form} mutation={save}>
      {!apartment && (
        <NativeSelect
          label={t('apartments.entrance')}
          data={entrances.map((entrance) => ({ value: entrance.id, label: entrance.label }))}
          {...form.getInputProps('entranceId')}
        />
      )}
      <TextInput
        label={t('apartments.doorNumber')}
        required
        data-autofocus
        {...form.getInputProps('doorNumber')}
      />
      <TextInput label={t('apartments.objectId')} required {...form.getInputProps('objectId')} />
      <FormActions busy={save.isPending} onCancel={onCancel} />
    </MutationForm>
  );
}
