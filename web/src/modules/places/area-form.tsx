import { FileInput, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../../common/contracts/places';
import type { AreaGeometry } from '../../../../common/geo';
import { type AreaClassification, areaClassifications } from '../../../../common/roles';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { readBoundary } from './boundary-file';
import { useSavePlace } from './use-save-place';

type Props = { area?: Area; onDone: (area: Area) => void; onCancel: () => void };

/** Creates an area, or edits its name, code and classification; a boundary can be read from a GeoJSON file. */
export function AreaForm({ area, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      name: area?.name ?? '',
      code: area?.code ?? '',
      classification: area?.classification ?? '',
      // undefined: keep the boundary as it is.
      geometry: undefined as AreaGeometry | undefined,
    },
  });
  const chooseBoundary = async (file: File | null) => {
    const geometry = file ? readBoundary(await file.text()) : undefined;
    form.setFieldValue('geometry', geometry ?? undefined);
    form.setFieldError('geometry', file && !geometry ? t('areas.boundaryInvalid') : null);
  };
  const save = useSavePlace(
    form,
    (values: typeof form.values) => {
      const body = {
        ...values,
        classification: (values.classification || null) as AreaClassification | null,
        geometry: values.geometry,
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
      <FileInput
        label={t('areas.boundary')}
        description={t('areas.boundaryHint')}
        accept=".geojson,.json,application/geo+json,application/json"
        onChange={(file) => void chooseBoundary(file)}
        error={form.errors.geometry}
        clearable
        clearButtonProps={{ 'aria-label': t('import.clearFile') }}
      />
      <FormActions busy={save.isPending} onCancel={onCancel} />
    </MutationForm>
  );
}
