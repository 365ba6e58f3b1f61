import { Button, Loader, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RetentionPatch, RetentionView } from '../../../../common/contracts/retention';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { useFormMutation } from '../../app/use-form-mutation';
import { RetentionRuns } from './retention-runs';

const key = ['retention'] as const;
type KindView = RetentionView['kinds'][number];

/** The organization's retention schedule (gallring) and its latest runs, on the settings page (admins). */
export function RetentionSection() {
  const { t } = useTranslation();
  const retention = useQuery({ queryKey: key, queryFn: () => api.get<RetentionView>('/api/retention') });
  return (
    <Stack component="section" aria-labelledby="retention-heading" mt="xl" maw={760}>
      <Title order={2} id="retention-heading">
        {t('retention.title')}
      </Title>
      <Text>{t('retention.intro')}</Text>
      <FormError error={retention.error} />
      {retention.isPending && <Loader aria-label={t('app.loading')} />}
      {retention.data && <RetentionForm view={retention.data} />}
      {retention.data && <RetentionRuns runs={retention.data.runs} />}
    </Stack>
  );
}

function RetentionForm({ view }: { view: RetentionView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const own = view.kinds.filter((kind) => kind.scope === 'organization');
  const form = useForm({
    initialValues: {
      periods: Object.fromEntries(own.map((kind) => [kind.kind, kind.period])) as Record<string, number>,
      decision: view.decision ?? '',
    },
  });
  const save = useFormMutation(
    form,
    (values: typeof form.values) =>
      api.patch<RetentionView>('/api/retention', {
        periods: values.periods as RetentionPatch['periods'],
        decision: values.decision.trim() === '' ? null : values.decision,
      }),
    async () => {
      notifySuccess(t('app.saved'));
      await queryClient.invalidateQueries({ queryKey: key });
    },
  );
  const unit = (kind: KindView) => t(`retention.units.${kind.unit}`);
  return (
    <MutationForm form={form} mutation={save}>
      <Stack>
        {own.map((kind) => (
          <NumberInput
            key={kind.kind}
            label={t(`retention.kinds.${kind.kind}`)}
            description={t('retention.bounds', {
              min: kind.min,
              max: kind.max,
              unit: unit(kind),
              default: kind.default,
            })}
            min={kind.min}
            max={kind.max}
            allowDecimal={false}
            clampBehavior="none"
            {...form.getInputProps(`periods.${kind.kind}`)}
          />
        ))}
        {view.kinds
          .filter((kind) => kind.scope === 'installation')
          .map((kind) => (
            <Text key={kind.kind} size="sm">
              {t(`retention.kinds.${kind.kind}`)}:{' '}
              {t('retention.installationWide', { period: kind.period, unit: unit(kind) })}
            </Text>
          ))}
        <TextInput
          label={t('retention.decision')}
          description={t('retention.decisionHint')}
          maxLength={300}
          {...form.getInputProps('decision')}
        />
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t('app.save')}
        </Button>
      </Stack>
    </MutationForm>
  );
}
