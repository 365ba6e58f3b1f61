import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Building } from '../../../../common/contracts/places';
import { api } from '../../app/api';
import { FormError, issuesByPath } from '../../app/form-error';
import { toNumber } from './coordinates';
import { useInvalidatePlaces } from './places-api';

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
  const invalidate = useInvalidatePlaces();
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
  const save = useMutation({
    mutationFn: (values: typeof form.values) => {
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
    onSuccess: async (saved) => {
      await invalidate();
      onDone(saved);
    },
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <FormError error={save.error} />
        <TextInput
          label={t('buildings.address')}
          required
          data-autofocus
          {...form.getInputProps('address')}
        />
        <TextInput label={t('buildings.name')} {...form.getInputProps('name')} />
        <TextInput
          label={t('buildings.propertyDesignation')}
          {...form.getInputProps('propertyDesignation')}
        />
        <TextInput label={t('buildings.externalId')} {...form.getInputProps('externalId')} />
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
