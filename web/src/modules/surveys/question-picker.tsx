import { Badge, Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { questionSections } from '../../../../common/surveys/question-types';
import type { SurveyQuestionView } from './survey-types';

type Props = {
  questions: SurveyQuestionView[];
  value: string[];
  onChange: (keys: string[]) => void;
  error?: string;
};

/** Staff labels are in sv and en; the page shows the one of its language. */
export function staffText(text: { sv: string; en: string }, language: string): string {
  return language === 'en' ? text.en || text.sv : text.sv;
}

/**
 * The question bank as checkboxes, one fieldset per section in questionnaire order. The
 * organization's own questions carry a badge so they are told apart from the standard ones.
 */
export function QuestionPicker({ questions, value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const chosen = new Set(value);
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...value, key] : value.filter((item) => item !== key));
  const errorId = 'wave-questions-error';
  return (
    <Fieldset legend={t('surveys.questions')} aria-describedby={error ? errorId : undefined}>
      <Text size="sm" mb="sm">
        {t('surveys.questionsHint')}
      </Text>
      {error && (
        <Text id={errorId} c="red.8" size="sm" mb="sm">
          {error}
        </Text>
      )}
      <Stack gap="md">
        {questionSections.map((section) => {
          const inSection = questions.filter((question) => question.section === section);
          if (inSection.length === 0) return null;
          return (
            <Fieldset
              key={section}
              legend={t(`surveys.sections.${section}`)}
              variant="unstyled"
              styles={{ legend: { fontWeight: 600, marginBottom: 6 } }}
            >
              <Stack gap={6}>
                {inSection.map((question) => (
                  <Checkbox
                    key={question.key}
                    checked={chosen.has(question.key)}
                    onChange={(event) => toggle(question.key, event.currentTarget.checked)}
                    label={
                      <>
                        {staffText(question.label, i18n.language)}{' '}
                        {question.own && (
                          <Badge size="sm" variant="outline" color="grape.9">
                            {t('surveys.ownQuestion')}
                          </Badge>
                        )}
                      </>
                    }
                    description={staffText(question.prompt, i18n.language)}
                  />
                ))}
              </Stack>
            </Fieldset>
          );
        })}
      </Stack>
    </Fieldset>
  );
}
