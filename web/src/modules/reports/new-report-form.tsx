import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type { staffReportReceipt } from '../../../../common/contracts/reports';
import { maxDescriptionLength } from '../../../../common/reporting';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { categoryName } from './category-name';
import { PlaceFields } from './place-fields';
import { useInvalidateReports, useReportCategories } from './reports-api';

export type StaffReportReceipt = z.infer<typeof staffReportReceipt>;
type Props = { onDone: (receipt: StaffReportReceipt) => void; onCancel: () => void };

const initialValues = {
  categoryId: '',
  description: '',
  areaId: '',
  buildingId: '',
  entranceId: '',
  locationText: '',
};
type Values = typeof initialValues;

const given = (text: string) => (text.trim() ? text : undefined);

/** The body of POST /api/reports; fields left empty are left out so the server names what is missing. */
const bodyOf = (id: string, values: Values) => ({
  id,
  categoryId: given(values.categoryId),
  description: given(values.description),
  areaId: given(values.areaId),
  entranceId: given(values.entranceId),
  locationText: given(values.locationText),
});

/** A report staff write down themselves: category, description and where. */
export function NewReportForm({ onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const categories = useReportCategories();
  const invalidate = useInvalidateReports();
  // One id per form: a double click or a retry after a lost answer finds the same report (200).
  const [id] = useState(uuidv7);
  const form = useForm({ initialValues });
  const save = useFormMutation(
    form,
    (values: Values) => api.post<StaffReportReceipt>('/api/reports', bodyOf(id, values)),
    async (receipt) => {
      await invalidate();
      onDone(receipt);
    },
  );
  const choices = (categories.data?.items ?? []).map((category) => ({
    value: category.id,
    label: categoryName(category, i18n.language),
  }));
  return (
    <MutationForm form={form} mutation={save}>
      <NativeSelect
        label={t('reports.category')}
        required
        data={[{ value: '', label: t('reports.create.chooseCategory') }, ...choices]}
        {...form.getInputProps('categoryId')}
      />
      <Textarea
        label={t('reports.create.description')}
        description={t('reports.create.descriptionHint')}
        required
        autosize
        minRows={4}
        maxLength={maxDescriptionLength}
        {...form.getInputProps('description')}
      />
      <PlaceFields form={form} />
      <TextInput
        label={t('reports.create.locationText')}
        description={t('reports.create.locationHint')}
        maxLength={300}
        {...form.getInputProps('locationText')}
      />
      <FormActions busy={save.isPending} onCancel={onCancel} submitLabel={t('reports.create.submit')} />
    </MutationForm>
  );
}
