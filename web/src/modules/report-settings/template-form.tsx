import { Button, Divider, NativeSelect, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { tenantLocales } from '../../../../common/reporting';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { FormError } from '../../app/form-error';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { categoryName } from '../reports/category-name';
import { useReportCategories } from '../reports/reports-api';
import { type ResponseTemplate, useInvalidate } from './settings-api';

export const templateStatuses = ['accepted', 'done', 'rejected', 'forwarded'] as const;
type Props = { template?: ResponseTemplate; onDone: () => void; onCancel: () => void };

/** A reply text for a category (or all), a status and a language; saving replaces the same combination. */
export function TemplateForm({ template, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const categories = useReportCategories();
  const invalidate = useInvalidate('response-templates');
  const form = useForm({
    initialValues: {
      categoryId: template?.categoryId ?? '',
      status: template?.status ?? ('done' as ResponseTemplate['status']),
      locale: template?.locale ?? 'sv',
      text: template?.text ?? '',
    },
  });
  const finish = async () => {
    await invalidate();
    onDone();
  };
  const save = useFormMutation(
    form,
    (values: typeof form.values) =>
      api.put('/api/response-templates', { ...values, categoryId: values.categoryId || null }),
    finish,
  );
  const remove = useMutation({
    mutationFn: () => api.delete(`/api/response-templates/${template?.id}`),
    onSuccess: finish,
  });
  return (
    <>
      <MutationForm form={form} mutation={save}>
        <NativeSelect
          label={t('reports.category')}
          data={[
            { value: '', label: t('reportSettings.allCategories') },
            ...(categories.data?.items ?? []).map((c) => ({
              value: c.id,
              label: categoryName(c, i18n.language),
            })),
          ]}
          {...form.getInputProps('categoryId')}
        />
        <NativeSelect
          label={t('reports.status')}
          data={templateStatuses.map((status) => ({ value: status, label: t(`reports.statuses.${status}`) }))}
          {...form.getInputProps('status')}
        />
        <NativeSelect
          label={t('reportSettings.locale')}
          data={tenantLocales.map((locale) => ({
            value: locale,
            label: t(`reportSettings.locales.${locale}`),
          }))}
          {...form.getInputProps('locale')}
        />
        <Textarea
          label={t('reportSettings.text')}
          description={t('reportSettings.placeholders')}
          required
          autosize
          minRows={4}
          {...form.getInputProps('text')}
        />
        <FormActions busy={save.isPending} onCancel={onCancel} />
      </MutationForm>
      {template && (
        <>
          <Divider my="md" />
          <FormError error={remove.error} />
          <Button variant="default" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            {t('reportSettings.deleteTemplate')}
          </Button>
        </>
      )}
    </>
  );
}
