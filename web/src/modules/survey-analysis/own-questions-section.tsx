import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OwnChoiceResult, OwnQuestionResults } from '../../../../common/contracts/survey-own-questions';
import { api } from '../../app/api';
import { FiguresTable } from './figures-table';
import { Section } from './section';

/** The wave's own choice questions in the area: per option the share of those who answered. */
export function OwnQuestionsSection({ areaId, waveId }: { areaId: string; waveId: string }) {
  const { t } = useTranslation();
  const results = useQuery({
    queryKey: ['survey-analysis', 'own-questions', areaId, waveId],
    queryFn: () =>
      api.get<OwnQuestionResults>(`/api/survey-analysis/areas/${areaId}/own-questions?waveId=${waveId}`),
  });
  const questions = results.data?.questions ?? [];
  if (questions.length === 0) return null;
  return (
    <Section title={t('surveyAnalysis.areaPage.ownQuestions')}>
      {questions.map((question) => (
        <OwnQuestion key={question.key} question={question} />
      ))}
    </Section>
  );
}

function OwnQuestion({ question }: { question: OwnChoiceResult }) {
  const { t } = useTranslation();
  const shown = question.visibility !== 'suppressed';
  return (
    <Stack gap={4}>
      <Title order={3} size="h4">
        {question.label}
      </Title>
      <Text size="sm">
        {shown
          ? t('surveyAnalysis.areaPage.ownAnswered', { n: question.n })
          : t('surveyAnalysis.areaPage.ownSuppressed')}
        {question.multiple && ` ${t('surveyAnalysis.areaPage.ownMultiple')}`}
      </Text>
      {shown && (
        <FiguresTable
          name={question.label}
          labelHeader={t('surveyAnalysis.areaPage.ownOption')}
          rows={question.options.map((option) => ({
            key: option.key,
            label: option.label,
            figure: {
              share: option.share,
              low: option.low,
              high: option.high,
              n: question.n,
              dontKnow: null,
              visibility: question.visibility,
            },
          }))}
        />
      )}
    </Stack>
  );
}
