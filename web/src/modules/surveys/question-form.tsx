import { NativeSelect, Paper, SimpleGrid, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyQuestionDefinitionInput } from '../../../../common/contracts/survey-questions';
import { type QuestionSection, questionSections } from '../../../../common/surveys/question-types';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { useFormMutation } from '../../app/use-form-mutation';
import type { SurveyQuestionView } from './survey-types';
import { useInvalidateSurveys } from './surveys-api';

type Texts = { sv: string; en: string };
// Nested like the request body, so the server's field paths ('prompt.sv') land on the inputs.
type FormValues = { key: string; section: QuestionSection; prompt: Texts; label: Texts };

const empty: FormValues = {
  key: '',
  section: 'personal_safety',
  prompt: { sv: '', en: '' },
  label: { sv: '', en: '' },
};

/** English is optional: an empty field is left out rather than sent as an empty text. */
const texts = ({ sv, en }: Texts) => ({ sv, ...(en.trim() ? { en } : {}) });

const bodyOf = (values: FormValues): SurveyQuestionDefinitionInput => ({
  kind: 'scale',
  key: values.key.trim(),
  section: values.section,
  prompt: texts(values.prompt),
  label: texts(values.label),
});

/** "Lägg till en egen skalfråga": the organization's own question on the standard scale. */
export function QuestionForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const invalidate = useInvalidateSurveys();
  const form = useForm<FormValues>({ initialValues: empty });
  const save = useFormMutation(
    form,
    (values: FormValues) => api.post<SurveyQuestionView>('/api/survey-questions', bodyOf(values)),
    async () => {
      await invalidate();
      form.reset();
      notifySuccess(t('surveys.questionBank.added'));
    },
  );
  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('surveys.questionBank.addTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('surveys.questionBank.addIntro')}
      </Text>
      <MutationForm form={form} mutation={save}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('surveys.questionBank.key')}
            description={t('surveys.questionBank.keyHint')}
            required
            autoComplete="off"
            spellCheck={false}
            {...form.getInputProps('key')}
          />
          <NativeSelect
            label={t('surveys.questionBank.section')}
            required
            data={questionSections.map((section) => ({
              value: section,
              label: t(`surveys.sections.${section}`),
            }))}
            {...form.getInputProps('section')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t('surveys.questionBank.promptSv')}
            description={t('surveys.questionBank.promptHint')}
            required
            autosize
            minRows={2}
            maxLength={300}
            {...form.getInputProps('prompt.sv')}
          />
          <Textarea
            label={t('surveys.questionBank.promptEn')}
            description={t('surveys.questionBank.promptHint')}
            autosize
            minRows={2}
            maxLength={300}
            lang="en"
            {...form.getInputProps('prompt.en')}
          />
          <TextInput
            label={t('surveys.questionBank.labelSv')}
            description={t('surveys.questionBank.labelHint')}
            required
            maxLength={80}
            {...form.getInputProps('label.sv')}
          />
          <TextInput
            label={t('surveys.questionBank.labelEn')}
            description={t('surveys.questionBank.labelHint')}
            maxLength={80}
            lang="en"
            {...form.getInputProps('label.en')}
          />
        </SimpleGrid>
        <FormActions
          busy={save.isPending}
          onCancel={() => form.reset()}
          submitLabel={t('surveys.questionBank.add')}
        />
      </MutationForm>
    </Paper>
  );
}
