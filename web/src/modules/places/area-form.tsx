import { NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../../common/contracts/places';
import { type AreaClassification, areaClassifications } from '../../../../common/roles';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { useSavePlace } from './use-save-place';

type Props = { area?: Area; onDone: (area: Area) => void; onCancel: () => void };

/** Creates an area, or edits the name, code and classification of an existing one. */
export function AreaForm({ area, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      name: area?.name ?? '',
      code: area?.code ?? '',
      classification: area?.classification ?? '',
    },
  });
  const save = useSavePlace(
    form,
    (values: typeof form.values) => {
      const body = {
        ...values,
        classification: (values.classification || null) as AreaClassification | null,
      };
      return area ? api.patch<Area>(`/api/areas/${area.id}`, body) : api.post<Area>('/api/areas', body);
    },
    onDone,
  );
  const classificationOptions = [
    { value: '', label: t('areas.classifications.none') },
    ...areaClassifications.map((value) => ({ value, label: t(`areas.classifications.${value}`) })),
  ];
  return (
    <MutationForm form={form} mutation={save}>
      <TextInput label={t('areas.name')} required data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t('areas.code')} required {...form.getInputProps('code')} />
      <NativeSelect
        label={t('areas.classification')}
        data={classificationOptions}
        {...form.getInputProps('classification')}
      />
      <FormActions busy={save.isPending} onCancel={onCancel} />
    </MutationForm>
  );
}
