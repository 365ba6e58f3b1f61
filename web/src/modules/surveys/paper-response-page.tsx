import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import type { ScaleAnswer } from '../../../../common/surveys/answer-scale';
import { AnchorLink } from '../../app/anchor-link';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { Page } from '../../app/page';
import { useFormMutation } from '../../app/use-form-mutation';
import { ClosedWaveReason } from './closed-wave-reason';
import { PaperAnswerFields, type PaperAnswers } from './paper-answers';
import { PaperOwnAnswerFields, type PaperOwnAnswers } from './paper-own-answers';
import { type PaperPlace, PaperPlaceFields } from './paper-place-fields';
import type { PaperResponse, SurveyQuestionView, WaveDetail } from './survey-types';
import { useInvalidateSurveys, useSurveyQuestions, useWave } from './surveys-api';

/** "Mata in pappersenkät": a filled-in paper form keyed in, one sheet after another. */
export function PaperResponsePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const wave = useWave(id);
  const questions = useSurveyQuestions();
  if (!wave.data || !questions.data) {
    return (
      <Page title={t('surveys.paper.button')}>
        {wave.isPending || questions.isPending ? (
          <Loader aria-label={t('app.loading')} />
        ) : (
          <FormError error={wave.error ?? questions.error} />
        )}
      </Page>
    );
  }
  return <PaperResponseForm wave={wave.data} questions={questions.data.questions} />;
}

/** reason: only asked when the wave is closed (its published results change). */
type Values = PaperPlace & PaperAnswers & PaperOwnAnswers & { reason: string };
const emptyAnswers = (): PaperAnswers & PaperOwnAnswers => ({
  answers: {},
  background: { ageGroup: '', gender: '', yearsInArea: '' },
  freeText: '',
  choices: {},
  texts: {},
});

const given = (text: string) => (text.trim() ? text : undefined);

/** The body of POST …/paper-responses: blank answers and places are left out. */
function bodyOf(submissionId: string, values: Values): PaperResponse {
  const answers = Object.fromEntries(
    Object.entries(values.answers)
      .filter(([, answer]) => answer !== '')
      .map(([key, answer]) => [key, (answer === 'dont_know' ? answer : Number(answer)) as ScaleAnswer]),
  );
  const background = Object.fromEntries(
    Object.entries(values.background).filter(([, value]) => value !== ''),
  );
  return {
    submissionId,
    areaId: values.areaId,
    buildingId: given(values.buildingId),
    entranceId: given(values.entranceId),
    answers,
    background,
    freeText: given(values.freeText),
    choices: Object.fromEntries(Object.entries(values.choices).filter(([, chosen]) => chosen.length > 0)),
    texts: Object.fromEntries(Object.entries(values.texts).filter(([, text]) => text.trim() !== '')),
    reason: given(values.reason),
  };
}

function PaperResponseForm({ wave, questions }: { wave: WaveDetail; questions: SurveyQuestionView[] }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateSurveys();
  const areaRef = useRef<HTMLSelectElement>(null);
  // One id per sheet: a double click or a retry after a lost answer is the same response (200).
  const [submissionId, setSubmissionId] = useState(uuidv7);
  const [count, setCount] = useState(0);
  const asked = questions.filter((question) => wave.questionKeys.includes(question.key));
  const form = useForm<Values>({
    initialValues: {
      areaId: wave.areas.length === 1 ? (wave.areas[0]?.id ?? '') : '',
      buildingId: '',
      entranceId: '',
      reason: '',
      ...emptyAnswers(),
    },
  });
  const save = useFormMutation(
    form,
    (values: Values) =>
      api.post(`/api/survey-waves/${wave.id}/paper-responses`, bodyOf(submissionId, values)),
    async () => {
      // The next sheet: new id, answers cleared; the area (and a closed wave's reason) stays, as
      // sheets come in batches.
      setSubmissionId(uuidv7());
      setCount((n) => n + 1);
      form.setValues({ buildingId: '', entranceId: '', ...emptyAnswers() });
      form.resetDirty();
      notifySuccess(t('surveys.paper.saved'));
      areaRef.current?.focus();
      await invalidate();
    },
  );
  return (
    <Page title={t('surveys.paper.title', { name: wave.name })}>
      <AnchorLink to="/surveys/$id" params={{ id: wave.id }} size="sm">
        {wave.name}
      </AnchorLink>
      <Text>{t('surveys.paper.intro')}</Text>
      {count > 0 && (
        <Text size="sm" role="status">
          {t('surveys.paper.count', { count })}
        </Text>
      )}
      <Stack maw={760}>
        <MutationForm form={form} mutation={save}>
          {wave.status === 'closed' && <ClosedWaveReason {...form.getInputProps('reason')} />}
          <PaperPlaceFields form={form} wave={wave} areaRef={areaRef} />
          <PaperAnswerFields
            form={form}
            scale={asked.filter((question) => question.kind === 'scale')}
            questionKeys={wave.questionKeys}
            hasFreeText={asked.some((question) => question.kind === 'text' && !question.own)}
          />
          <PaperOwnAnswerFields
            form={form}
            questions={asked.filter((q) => q.own && (q.kind === 'choice' || q.kind === 'text'))}
          />
          <Group justify="flex-end">
            <Button type="submit" size="md" loading={save.isPending}>
              {t('surveys.paper.save')}
            </Button>
          </Group>
        </MutationForm>
      </Stack>
    </Page>
  );
}
