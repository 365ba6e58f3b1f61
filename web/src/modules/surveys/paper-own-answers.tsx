import { Checkbox, Fieldset, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { maxDescriptionLength } from '../../../../common/reporting';
import { staffText } from './question-picker';
import { RadioFieldset } from './radio-fieldset';
import type { SurveyQuestionView } from './survey-types';

/** Answers to the organization's own questions: option keys per choice question, text per text question. */
export type PaperOwnAnswers = { choices: Record<string, string[]>; texts: Record<string, string> };

type Props<Values extends PaperOwnAnswers> = {
  form: UseFormReturnType<Values>;
  /** The wave's own choice and text questions, in questionnaire order. */
  questions: SurveyQuestionView[];
};

/** The wave's own choice questions (radio buttons or checkboxes) and own text questions. */
export function PaperOwnAnswerFields<Values extends PaperOwnAnswers>({ form, questions }: Props<Values>) {
  const { t, i18n } = useTranslation();
  if (questions.length === 0) return null;
  const values = form.getValues();
  const setChoices = (key: string, chosen: string[]) => form.setFieldValue(`choices.${key}`, chosen as never);
  return (
    <>
      <Title order={2} size="h3">
        {t('surveys.paper.own')}
      </Title>
      <Stack gap="lg">
        {questions.map((question) => {
          const legend = staffText(question.prompt, i18n.language);
          const error = form.errors[`${question.kind === 'text' ? 'texts' : 'choices'}.${question.key}`];
          const options = (question.options ?? []).map((o) => ({
            value: o.key,
            label: staffText(o.label, i18n.language),
          }));
          const chosen = values.choices[question.key] ?? [];
          if (question.kind === 'text')
            return (
              <Textarea
                key={question.key}
                label={legend}
                description={t('surveys.paper.freeTextHint')}
                autosize
                minRows={2}
                maxLength={question.maxLength ?? maxDescriptionLength}
                value={values.texts[question.key] ?? ''}
                onChange={(event) =>
                  form.setFieldValue(`texts.${question.key}`, event.currentTarget.value as never)
                }
                error={error}
              />
            );
          if (!question.multiple)
            return (
              <RadioFieldset
                key={question.key}
                legend={legend}
                name={`own-${question.key}`}
                value={chosen[0] ?? ''}
                onChange={(value) => setChoices(question.key, value ? [value] : [])}
                options={[...options, { value: '', label: t('surveys.paper.notAnswered') }]}
                error={error}
                inline
              />
            );
          return (
            <Fieldset
              key={question.key}
              legend={legend}
              variant="unstyled"
              styles={{ legend: { fontWeight: 600, marginBottom: 6 } }}
            >
              <Checkbox.Group
                value={chosen}
                onChange={(next) => setChoices(question.key, next)}
                description={t('surveys.paper.several')}
                error={error}
              >
                <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="sm" mt="xs">
                  {options.map((option) => (
                    <Checkbox key={option.value} value={option.value} label={option.label} size="md" />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            </Fieldset>
          );
        })}
      </Stack>
    </>
  );
}
