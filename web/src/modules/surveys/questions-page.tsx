import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { questionSections } from '../../../../common/surveys/question-types';
import { AnchorLink } from '../../app/anchor-link';
import { Page } from '../../app/page';
import { QueryPage } from '../../app/query-page';
import { useAbility } from '../../app/session';
import { HiddenCaption } from './hidden-caption';
import { IndexSection } from './index-section';
import { QuestionForm } from './question-form';
import { staffText } from './question-picker';
import type { SurveyQuestions, SurveyQuestionView } from './survey-types';
import { useSurveyQuestions } from './surveys-api';

/** "Frågebank": a link for the surveys page's header, for everyone who reads surveys. */
export function QuestionBankLink() {
  const { t } = useTranslation();
  const read = useAbility('survey.read');
  if (!read) return null;
  return (
    <Button
      component={Link}
      to="/surveys/questions"
      variant="default"
      leftSection={<IconListDetails size={16} aria-hidden />}
    >
      {t('surveys.questionBank.button')}
    </Button>
  );
}

/**
 * Frågebank: the questions a wave can ask, per section, the indexes (managers add and change own
 * ones), and (for managers) a new question.
 */
export function QuestionsPage() {
  const { t } = useTranslation();
  return (
    <QueryPage title={t('surveys.questionBank.title')} query={useSurveyQuestions()}>
      {(bank) => <QuestionBank bank={bank} />}
    </QueryPage>
  );
}

function QuestionBank({ bank }: { bank: SurveyQuestions }) {
  const { t } = useTranslation();
  const manage = useAbility('survey.manage');
  return (
    <Page title={t('surveys.questionBank.title')}>
      <AnchorLink to="/surveys" size="sm">
        {t('surveys.back')}
      </AnchorLink>
      <Text>{t('surveys.questionBank.intro')}</Text>
      {questionSections.map((section) => (
        <SectionTable
          key={section}
          section={section}
          questions={bank.questions.filter((question) => question.section === section)}
        />
      ))}
      <IndexSection bank={bank} manage={manage} />
      {manage && <QuestionForm />}
    </Page>
  );
}

type Section = SurveyQuestionView['section'];

function SectionTable({ section, questions }: { section: Section; questions: SurveyQuestionView[] }) {
  const { t, i18n } = useTranslation();
  if (questions.length === 0) return null;
  const name = t(`surveys.sections.${section}`);
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {name}
      </Title>
      <Table.ScrollContainer minWidth={640} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
        <Table striped>
          <HiddenCaption>{t('surveys.questionBank.sectionCaption', { section: name })}</HiddenCaption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.questionBank.label')}</Table.Th>
              <Table.Th scope="col">{t('surveys.questionBank.prompt')}</Table.Th>
              <Table.Th scope="col">{t('surveys.questionBank.kind')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {questions.map((question) => (
              <Table.Tr key={question.key}>
                <Table.Th scope="row" fw={400}>
                  {staffText(question.label, i18n.language)}
                  {question.own && (
                    <Badge ms="xs" size="sm" variant="outline" color="grape.9">
                      {t('surveys.ownQuestion')}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td>{staffText(question.prompt, i18n.language)}</Table.Td>
                <Table.Td>{t(`surveys.questionBank.kinds.${question.kind}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
