import { Button, Group, NativeSelect, NumberInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { useFormMutation } from '../../app/use-form-mutation';
import type { AreaMeasure } from './analysis-types';
import { Section } from './section';

type Values = { measureKey: string; year: number; percent: number | string };

/** Managers set the area's target per measure and year; the share is typed in percent. */
export function TargetEditor({
  areaId,
  measures,
  year,
}: {
  areaId: string;
  measures: AreaMeasure[];
  year: number;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const first = measures[0];
  const form = useForm<Values>({
    initialValues: {
      measureKey: first?.key ?? '',
      year: first?.target?.year ?? year,
      percent: first?.target ? Math.round(first.target.share * 1000) / 10 : '',
    },
  });
  const save = useFormMutation(
    form,
    (values: Values) =>
      api.put('/api/survey-targets', {
        areaId,
        measureKey: values.measureKey,
        year: values.year,
        share: Number(values.percent) / 100,
      }),
    () => {
      notifySuccess(t('surveyAnalysis.targetEditor.saved'));
      return queryClient.invalidateQueries({ queryKey: ['survey-analysis'] });
    },
  );
  return (
    <Section title={t('surveyAnalysis.targetEditor.title')}>
      <MutationForm form={form} mutation={save}>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('surveyAnalysis.targetEditor.measure')}
            data={measures.map((measure) => ({ value: measure.key, label: measure.label }))}
            {...form.getInputProps('measureKey')}
          />
          <NumberInput
            label={t('surveyAnalysis.targetEditor.year')}
            min={2000}
            max={2100}
            w={110}
            {...form.getInputProps('year')}
          />
          <NumberInput
            label={t('surveyAnalysis.targetEditor.share')}
            min={0}
            max={100}
            decimalScale={1}
            suffix=" %"
            w={140}
            {...form.getInputProps('percent')}
            error={form.errors.share ?? form.errors.percent}
          />
          <Button type="submit" loading={save.isPending}>
            {t('surveyAnalysis.targetEditor.save')}
          </Button>
        </Group>
      </MutationForm>
    </Section>
  );
}
