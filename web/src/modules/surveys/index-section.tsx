import { Badge, Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyIndexView } from '../../../../common/contracts/survey-indexes';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import { ConfirmArchive } from '../places/confirm-archive';
import { IndexForm, useInvalidateBank } from './index-form';
import { staffText } from './question-picker';
import type { SurveyQuestions } from './survey-types';

/**
 * "Index": every index with the questions it is computed from, the standard ones marked as such;
 * managers add own indexes and change or archive them.
 */
export function IndexSection({ bank, manage }: { bank: SurveyQuestions; manage: boolean }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const scale = bank.questions.filter((question) => question.kind === 'scale');
  const labelOf = (key: string) => {
    const question = bank.questions.find((item) => item.key === key);
    return question ? staffText(question.label, i18n.language) : key;
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('surveys.indexes.title')}
      </Title>
      <Text size="sm" maw={760}>
        {t('surveys.indexes.intro')}
      </Text>
      {bank.indexes.map((index) => (
        <IndexItem key={index.key} index={index} labelOf={labelOf} manage={manage} questions={scale} />
      ))}
      {manage && <AddIndex questions={scale} />}
    </Stack>
  );
}

type ItemProps = {
  index: SurveyIndexView;
  labelOf: (key: string) => string;
  manage: boolean;
  questions: SurveyQuestions['questions'];
};

function IndexItem({ index, labelOf, manage, questions }: ItemProps) {
  const { t, i18n } = useTranslation();
  const name = staffText(index.label, i18n.language);
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Title order={3} size="h4">
          {name}
        </Title>
        <Badge size="sm" variant="outline" color={index.own ? 'grape.9' : 'gray.8'}>
          {t(index.own ? 'surveys.indexes.own' : 'surveys.indexes.standard')}
        </Badge>
      </Group>
      <List size="sm" aria-label={t('surveys.indexes.itemsOf', { name })}>
        {index.questionKeys.map((key) => (
          <List.Item key={key}>{labelOf(key)}</List.Item>
        ))}
      </List>
      {manage && index.own && (
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => setEditing(true)}
            aria-label={t('surveys.indexes.editLabel', { name })}
          >
            {t('surveys.indexes.edit')}
          </Button>
          <ArchiveIndex index={index} name={name} />
        </Group>
      )}
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('surveys.indexes.editTitle', { name })}
        size="xl"
      >
        <IndexForm questions={questions} index={index} onDone={() => setEditing(false)} />
      </Modal>
    </Stack>
  );
}

/** Archiving takes the index out of the analysis, so it is confirmed in a dialog first. */
function ArchiveIndex({ index, name }: { index: SurveyIndexView; name: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const invalidate = useInvalidateBank();
  const archive = useMutation({
    mutationFn: () => api.delete(`/api/survey-indexes/${encodeURIComponent(index.key)}`),
    onSuccess: async () => {
      setOpened(false);
      notifySuccess(t('surveys.indexes.archived'));
      await invalidate();
    },
  });
  return (
    <>
      <Button
        size="xs"
        variant="default"
        color="red"
        onClick={() => setOpened(true)}
        aria-label={t('surveys.indexes.archiveLabel', { name })}
      >
        {t('surveys.indexes.archive')}
      </Button>
      <ConfirmArchive
        opened={opened}
        title={t('surveys.indexes.archiveTitle', { name })}
        text={t('surveys.indexes.archiveText')}
        confirmLabel={t('surveys.indexes.archive')}
        busy={archive.isPending}
        onConfirm={() => archive.mutate()}
        onClose={() => setOpened(false)}
      />
      <FormError error={archive.error} />
    </>
  );
}

function AddIndex({ questions }: { questions: SurveyQuestions['questions'] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p="md" maw={960} component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        {t('surveys.indexes.addTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('surveys.indexes.addIntro')}
      </Text>
      <IndexForm questions={questions} />
    </Paper>
  );
}
