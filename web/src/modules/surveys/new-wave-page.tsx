import { Loader, MultiSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { FormError } from '../../app/form-error';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { Page } from '../../app/page';
import { useFormMutation } from '../../app/use-form-mutation';
import { useAreas } from '../places/places-api';
import { QuestionPicker } from './question-picker';
import { RadioFieldset } from './radio-fieldset';
import type { NewWave, SurveyQuestionView, WaveDetail, WaveKind } from './survey-types';
import { useInvalidateSurveys, useSurveyQuestions } from './surveys-api';

/** Ny mätomgång: the form waits for the question bank, since its defaults are the checked boxes. */
export function NewWavePage() {
  const { t } = useTranslation();
  const questions = useSurveyQuestions();
  return (
    <Page title={t('surveys.newTitle')}>
      <FormError error={questions.error} />
      {questions.isPending && <Loader aria-label={t('app.loading')} />}
      {questions.data && <NewWaveForm questions={questions.data.questions} />}
    </Page>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** The body of POST /api/survey-waves; an empty end date is left out (an open-ended survey). */
const bodyOf = (values: FormValues): NewWave => ({
  name: values.name,
  kind: values.kind,
  startsOn: values.startsOn,
  ...(values.endsOn ? { endsOn: values.endsOn } : {}),
  areaIds: values.areaIds,
  questionKeys: values.questionKeys,
});
type FormValues = {
  name: string;
  kind: WaveKind;
  startsOn: string;
  endsOn: string;
  areaIds: string[];
  questionKeys: string[];
};

function NewWaveForm({ questions }: { questions: SurveyQuestionView[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const areas = useAreas(false);
  const invalidate = useInvalidateSurveys();
  const form = useForm<FormValues>({
    initialValues: {
      name: '',
      kind: 'wave',
      startsOn: today(),
      endsOn: '',
      areaIds: [],
      questionKeys: questions.filter((question) => !question.own).map((question) => question.key),
    },
  });
  const save = useFormMutation(
    form,
    (values: FormValues) => api.post<WaveDetail>('/api/survey-waves', bodyOf(values)),
    async (wave) => {
      await invalidate();
      notifySuccess(t('surveys.created'));
      void navigate({ to: '/surveys/$id', params: { id: wave.id } });
    },
  );
  const back = () => void navigate({ to: '/surveys' });
  return (
    <Stack maw={760}>
      <MutationForm form={form} mutation={save}>
        <TextInput label={t('surveys.name')} required {...form.getInputProps('name')} />
        <RadioFieldset
          legend={t('surveys.kind')}
          name="kind"
          value={form.values.kind}
          onChange={(kind) => form.setFieldValue('kind', kind as WaveKind)}
          error={form.errors.kind}
          options={(['wave', 'continuous'] as const).map((kind) => ({
            value: kind,
            label: t(`surveys.kinds.${kind}`),
            description: t(`surveys.kindHints.${kind}`),
          }))}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('surveys.startsOn')} type="date" required {...form.getInputProps('startsOn')} />
          <TextInput
            label={t('surveys.endsOn')}
            description={t('surveys.endsOnHint')}
            type="date"
            {...form.getInputProps('endsOn')}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('surveys.areas')}
          description={t('surveys.areasHint')}
          required
          searchable
          data={(areas.data?.items ?? []).map((area) => ({ value: area.id, label: area.name }))}
          {...form.getInputProps('areaIds')}
        />
        <QuestionPicker
          questions={questions}
          value={form.values.questionKeys}
          onChange={(keys) => form.setFieldValue('questionKeys', keys)}
          error={form.errors.questionKeys as string | undefined}
        />
        <FormActions busy={save.isPending} onCancel={back} submitLabel={t('surveys.create')} />
      </MutationForm>
    </Stack>
  );
}
