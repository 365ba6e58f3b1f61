import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Building, Entrance } from '../../../../common/contracts/places';
import { api } from '../../app/api';
import { FormError, issuesByPath } from '../../app/form-error';
import { toNumber } from './coordinates';
import { useInvalidatePlaces } from './places-api';

type Props = { building: Building; entrance?: Entrance; onDone: () => void; onCancel: () => void };

export function EntranceForm({ building, entrance, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePlaces();
  const form = useForm({
    initialValues: {
      label: entrance?.label ?? '',
      lon: (entrance?.lon ?? building.lon) as number | string,
      lat: (entrance?.lat ?? building.lat) as number | string,
    },
  });
  const save = useMutation({
    mutationFn: (values: typeof form.values) => {
      const body = { label: values.label, lon: toNumber(values.lon), lat: toNumber(values.lat) };
      return entrance
        ? api.patch(`/api/entrances/${entrance.id}`, body)
        : api.post('/api/entrances', { ...body, buildingId: building.id });
    },
    onSuccess: async () => {
      await invalidate();
      onDone();
    },
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <FormError error={save.error} />
        <TextInput label={t('entrances.label')} required data-autofocus {...form.getInputProps('label')} />
        <SimpleGrid cols={2}>
          <NumberInput label={t('buildings.lon')} decimalScale={7} required {...form.getInputProps('lon')} />
          <NumberInput label={t('buildings.lat')} decimalScale={7} required {...form.getInputProps('lat')} />
        </SimpleGrid>
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
