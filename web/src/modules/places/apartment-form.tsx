import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Apartment, Entrance } from '../../../../common/contracts/places';
import { api } from '../../app/api';
import { FormError, issuesByPath } from '../../app/form-error';
import { useInvalidatePlaces } from './places-api';

type Props = { entrances: Entrance[]; apartment?: Apartment; onDone: () => void; onCancel: () => void };

export function ApartmentForm({ entrances, apartment, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePlaces();
  const form = useForm({
    initialValues: {
      entranceId: apartment?.entranceId ?? entrances[0]?.id ?? '',
      doorNumber: apartment?.doorNumber ?? '',
      objectId: apartment?.objectId ?? '',
    },
  });
  const save = useMutation({
    mutationFn: ({ entranceId, ...values }: typeof form.values) =>
      apartment
        ? api.patch(`/api/apartments/${apartment.id}`, values)
        : api.post('/api/apartments', { ...values, entranceId }),
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
