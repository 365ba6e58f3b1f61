import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scaleLabels } from '../../../../common/surveys/answer-scale';
import { backgroundQuestions } from '../../../../common/surveys/background-questions';
import { staffText } from './question-picker';
import type { ImportSampleRow, SurveyQuestionView } from './survey-types';

type Props = { sample: ImportSampleRow[]; questions: SurveyQuestionView[] };

/** A row's value for one question: the scale box in words, the option key, or the text. */
function answerOf(row: ImportSampleRow, key: string, language: 'sv' | 'en'): string {
  const answer = row.answers[key];
  if (answer !== undefined) return scaleLabels[answer][language];
  const choice = row.choices[key];
  if (choice !== undefined) {
    // The default background questions' options have words; an organization's own show their key.
    const option = backgroundQuestions.flatMap((q) => q.options).find((o) => o.key === choice);
    return option ? option.label[language] : choice;
  }
  const chosen = row.choiceLists[key];
  if (chosen !== undefined) return chosen.join('; ');
  return row.texts[key] ?? '';
}

/** The first rows as the mapping reads them, so the user sees the file is understood as meant. */
export function ImportSample({ sample, questions }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  if (sample.length === 0) return null;
  const answered = new Set(
    sample.flatMap((row) => [row.answers, row.choices, row.choiceLists, row.texts].flatMap(Object.keys)),
  );
  const shown = questions.filter((question) => answered.has(question.key));
  const fixed = [
    t('surveys.import.line'),
    t('surveys.import.targets.areaCode'),
    t('surveys.import.targets.buildingExternalId'),
    t('surveys.import.targets.entranceLabel'),
    t('surveys.import.answeredMonth'),
  ];
  return (
    <section aria-labelledby="import-sample-heading">
      <Title order={2} size="h3" id="import-sample-heading" mb="xs">
        {t('surveys.import.sampleTitle')}
      </Title>
      <Table.ScrollContainer
        minWidth={Math.max(560, (fixed.length + shown.length) * 120)}
        scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}
      >
        <Table striped fz="sm">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
            {t('surveys.import.sampleCaption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {[...fixed, ...shown.map((question) => staffText(question.label, i18n.language))].map(
                (header) => (
                  <Table.Th key={header} scope="col">
                    {header}
                  </Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sample.map((row) => (
              <Table.Tr key={row.line}>
                <Table.Th scope="row" fw={400}>
                  {row.line}
                </Table.Th>
                <Table.Td>{row.areaCode}</Table.Td>
                <Table.Td>{row.buildingExternalId ?? t('app.none')}</Table.Td>
                <Table.Td>{row.entranceLabel ?? t('app.none')}</Table.Td>
                <Table.Td>{row.answeredMonth}</Table.Td>
                {shown.map((question) => (
                  <Table.Td key={question.key}>
                    {answerOf(row, question.key, language) || t('app.none')}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
