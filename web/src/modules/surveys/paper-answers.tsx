import { Stack, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { maxDescriptionLength } from '../../../../common/reporting';
import { scaleAnswers, scaleLabels } from '../../../../common/surveys/answer-scale';
import { backgroundQuestions } from '../../../../common/surveys/background-questions';
import { staffText } from './question-picker';
import { RadioFieldset } from './radio-fieldset';
import type { SurveyQuestionView } from './survey-types';

export type PaperAnswers = {
  answers: Record<string, string>;
  background: { ageGroup: string; gender: string; yearsInArea: string };
  freeText: string;
};

/** The background questions' keys in the questionnaire, and their field in the API body. */
export const backgroundFields = {
  age_group: 'ageGroup',
  gender: 'gender',
  years_in_area: 'yearsInArea',
} as const;

type Props<Values extends PaperAnswers> = {
  form: UseFormReturnType<Values>;
  /** The wave's scale questions, in questionnaire order. */
  scale: SurveyQuestionView[];
  /** The wave's question keys: which background and free-text questions it asks. */
  questionKeys: string[];
  hasFreeText: boolean;
};

/** One answer per scale question (or none), the background questions and the free text. */
export function PaperAnswerFields<Values extends PaperAnswers>({
  form,
  scale,
  questionKeys,
  hasFreeText,
}: Props<Values>) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const values = form.getValues();
  // An empty value is "not answered": a paper form may leave any question blank.
  const blank = { value: '', label: t('surveys.paper.notAnswered') };
  const scaleOptions = [
    ...scaleAnswers.map((answer) => ({ value: String(answer), label: scaleLabels[answer][language] })),
    blank,
  ];
  const background = backgroundQuestions.filter((question) => questionKeys.includes(question.key));
  const set = (path: string, value: string) => form.setFieldValue(path, value as never);
  return (
    <>
      <Title order={2} size="h3">
        {t('surveys.paper.scale')}
      </Title>
      <Stack gap="lg">
        {scale.map((question) => (
          <RadioFieldset
            key={question.key}
            legend={staffText(question.prompt, i18n.language)}
            name={`answer-${question.key}`}
            value={values.answers[question.key] ?? ''}
            onChange={(value) => set(`answers.${question.key}`, value)}
            options={scaleOptions}
            error={form.errors[`answers.${question.key}`]}
            inline
          />
        ))}
      </Stack>
      {background.length > 0 && (
        <Title order={2} size="h3">
          {t('surveys.paper.background')}
        </Title>
      )}
      {background.map((question) => {
        const field = backgroundFields[question.key as keyof typeof backgroundFields];
        return (
          <RadioFieldset
            key={question.key}
            legend={question.prompt[language]}
            name={`background-${question.key}`}
            value={values.background[field]}
            onChange={(value) => set(`background.${field}`, value)}
            options={[...question.options.map((o) => ({ value: o.key, label: o.label[language] })), blank]}
            error={form.errors[`background.${field}`]}
            inline
          />
        );
      })}
      {hasFreeText && (
        <Textarea
          label={t('surveys.paper.freeText')}
          description={t('surveys.paper.freeTextHint')}
          autosize
          minRows={3}
          maxLength={maxDescriptionLength}
          {...form.getInputProps('freeText')}
        />
      )}
    </>
  );
}
