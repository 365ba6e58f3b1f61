import { Checkbox, Fieldset, NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ReportCategory } from '../../../../common/contracts/report-categories';
import { type Pillar, pillars, tenantLocales } from '../../../../common/reporting';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { ArchiveToggle } from './archive-toggle';
import { useInvalidate } from './settings-api';

type Texts = Record<(typeof tenantLocales)[number], string>;
type Props = { category?: ReportCategory; onDone: () => void; onCancel: () => void };

const texts = (source: Record<string, string> | undefined): Texts =>
  Object.fromEntries(tenantLocales.map((locale) => [locale, source?.[locale] ?? ''])) as Texts;
/** Only the languages filled in: the others fall back to English, then Swedish, on the tenant page. */
const filled = (values: Texts) =>
  Object.fromEntries(Object.entries(values).filter(([, text]) => text.trim()));

/** A report category: its names and descriptions in the tenant languages, pillar, need-to-know and target time. */
export function CategoryForm({ category, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidate('report-categories');
  const form = useForm({
    initialValues: {
      key: category?.key ?? '',
      name: texts(category?.name),
      description: texts(category?.description),
      restricted: category?.restricted ?? false,
      pillar: category?.pillar ?? ('physical' as Pillar),
      targetDays: (category?.targetDays ?? 14) as number | string,
    },
  });
  const done = async () => {
    await invalidate();
    onDone();
  };
  const save = useFormMutation(
    form,
    ({ key, ...values }: typeof form.values) => {
      const body = {
        ...values,
        name: filled(values.name),
        description: filled(values.description),
        targetDays: typeof values.targetDays === 'number' ? values.targetDays : undefined,
      };
      if (category) return api.patch(`/api/report-categories/${category.id}`, body);
      return api.post('/api/report-categories', { ...body, key });
    },
    done,
  );
  return (
    <>
      <MutationForm form={form} mutation={save}>
        {!category && (
          <TextInput
            label={t('reportSettings.key')}
            description={t('reportSettings.keyHint')}
            required
            {...form.getInputProps('key')}
          />
        )}
        {(['name', 'description'] as const).map((field) => (
          <Fieldset key={field} legend={t(`reportSettings.${field}`)}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {tenantLocales.map((locale) => (
                <TextInput
                  key={locale}
                  label={t(`reportSettings.locales.${locale}`)}
                  required={field === 'name' && locale === 'sv'}
                  {...form.getInputProps(`${field}.${locale}`)}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        ))}
        <NativeSelect
          label={t('workOrders.pillar')}
          data={pillars.map((pillar) => ({ value: pillar, label: t(`workOrders.pillars.${pillar}`) }))}
          {...form.getInputProps('pillar')}
        />
        <NumberInput
          label={t('reportSettings.targetDays')}
          min={1}
          max={365}
          allowDecimal={false}
          {...form.getInputProps('targetDays')}
        />
        <Checkbox
          label={t('reportSettings.restricted')}
          description={t('reportSettings.restrictedHint')}
          {...form.getInputProps('restricted', { type: 'checkbox' })}
        />
        <FormActions busy={save.isPending} onCancel={onCancel} />
      </MutationForm>
      {category && (
        <ArchiveToggle
          path={`/api/report-categories/${category.id}`}
          archived={category.archived}
          onDone={done}
        />
      )}
    </>
  );
}
