import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../../common/contracts/places';
import { type AreaClassification, areaClassifications } from '../../../../common/roles';
import { api } from '../../app/api';
import { FormError, issuesByPath } from '../../app/form-error';
import { useInvalidatePlaces } from './places-api';

type Props = { area?: Area; onDone: (area: Area) => void; onCancel: () => void };

/** Creates an area, or edits the name, code and classification of an existing one. */
export function AreaForm({ area, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePlaces();
  const form = useForm({
    initialValues: {
      name: area?.name ?? '',
      code: area?.code ?? '',
      classification: area?.classification ?? '',
    },
  });
  const save = useMutation({
    mutationFn: (values: typeof form.values) => {
      const body = {
        ...values,
        classification: (values.classification || null) as AreaClassification | null,
      };
      return area ? api.patch<Area>(`/api/areas/${area.id}`, body) : api.post<Area>('/api/areas', body);
    },
    onSuccess: async (saved) => {
      await invalidate();
      onDone(saved);
    },
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  const classificationOptions = [
    { value: '', label: t('areas.classifications.none') },
    ...areaClassifications.map((value) => ({ value, label: t(`areas.classifications.${value}`) })),
  ];
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <FormError error={save.error} />
        <TextInput label={t('areas.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('areas.code')} required {...form.getInputProps('code')} />
        <NativeSelect
          label={t('areas.classification')}
          data={classificationOptions}
          {...form.getInputProps('classification')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
