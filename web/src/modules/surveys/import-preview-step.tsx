import { Alert, Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { FormError } from '../../app/form-error';
import { ClosedWaveReason } from './closed-wave-reason';
import { type ColumnTarget, mappingOf, targetsOf, withTarget } from './column-targets';
import { importBody } from './import-body';
import { ImportIssuesTable } from './import-issues-table';
import { ImportMappingTable } from './import-mapping-table';
import { ImportSample } from './import-sample';
import { postForm } from './send-file';
import type { ImportIssue, ImportPreview, SurveyQuestionView, WaveDetail } from './survey-types';
import { useInvalidateSurveys, useRequestOptions } from './surveys-api';

type Props = {
  wave: WaveDetail;
  file: File;
  preview: ImportPreview;
  questions: SurveyQuestionView[];
  onPreview: (mapping: ReturnType<typeof mappingOf>) => void;
  previewing: boolean;
  onImported: (count: number) => void;
};

const monthOf = (preview: ImportPreview) => {
  const answered = preview.suggestedMapping.answered;
  return answered && 'month' in answered ? answered.month : '';
};

/** A rejected import's issues, in the preview's shape. */
const issuesOf = (error: unknown): ImportIssue[] =>
  error instanceof ApiError
    ? error.issues.map((i) => ({ line: i.line ?? null, field: i.path, message: i.message }))
    : [];

/**
 * The preview: the mapping to check and edit, the problems found and the first rows as read.
 * Import is offered only for the mapping last previewed, and only when it found no problems.
 */
export function ImportPreviewStep({
  wave,
  file,
  preview,
  questions,
  onPreview,
  previewing,
  onImported,
}: Props) {
  const { t } = useTranslation();
  const options = useRequestOptions();
  const invalidate = useInvalidateSurveys();
  const base = preview.suggestedMapping;
  const [targets, setTargets] = useState(() => targetsOf(base, preview.columns.length));
  const [month, setMonth] = useState(() => monthOf(preview));
  const [fourIsBest, setFourIsBest] = useState(base.scaleCodes.fourIsBest ?? false);
  const [dontKnowCode, setDontKnowCode] = useState(base.scaleCodes.dontKnowCode ?? '');
  const mapping = mappingOf(targets, month, {
    ...base,
    scaleCodes: { fourIsBest, dontKnowCode: dontKnowCode.trim() || null },
  });
  const [previewed, setPreviewed] = useState(() => JSON.stringify(mapping));
  const [reason, setReason] = useState('');
  const closed = wave.status === 'closed';
  const edited = JSON.stringify(mapping) !== previewed;
  const run = useMutation({
    mutationFn: () =>
      postForm<{ imported: number }>(
        `/api/survey-waves/${wave.id}/import`,
        importBody(file, mapping, closed ? reason : undefined),
        options,
      ),
    onSuccess: async (result) => {
      await invalidate();
      onImported(result.imported);
    },
  });
  const again = () => {
    setPreviewed(JSON.stringify(mapping));
    run.reset();
    onPreview(mapping);
  };
  const rejected = issuesOf(run.error);
  const blocked = edited || preview.issues.length > 0;
  return (
    <Stack>
      <Text fw={600} role="status">
        {t('surveys.import.rows', { count: preview.rows })}
      </Text>
      <section aria-labelledby="import-mapping-heading">
        <Title order={2} size="h3" id="import-mapping-heading" mb="xs">
          {t('surveys.import.mappingTitle')}
        </Title>
        <ImportMappingTable
          columns={preview.columns}
          targets={targets}
          questions={questions}
          onChange={(index, target: ColumnTarget) => setTargets(withTarget(targets, index, target))}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm" maw={760}>
          {!targets.includes('answered') && (
            <TextInput
              type="month"
              label={t('surveys.import.month')}
              description={t('surveys.import.monthHint')}
              value={month}
              onChange={(event) => setMonth(event.currentTarget.value)}
            />
          )}
          <TextInput
            label={t('surveys.import.dontKnowCode')}
            value={dontKnowCode}
            onChange={(event) => setDontKnowCode(event.currentTarget.value)}
          />
        </SimpleGrid>
        <Checkbox
          mt="sm"
          label={t('surveys.import.fourIsBest')}
          checked={fourIsBest}
          onChange={(event) => setFourIsBest(event.currentTarget.checked)}
        />
        <Button mt="sm" variant={edited ? 'filled' : 'default'} onClick={again} loading={previewing}>
          {t('surveys.import.updatePreview')}
        </Button>
      </section>
      <ImportIssuesTable issues={rejected.length > 0 ? rejected : preview.issues} />
      <ImportSample sample={preview.sample} questions={questions} />
      {run.error !== null && (
        <Alert color="red" role="alert" variant="outline">
          {t('surveys.import.allOrNothing')}
        </Alert>
      )}
      {rejected.length === 0 && <FormError error={run.error} />}
      {blocked && !edited && <Text c="red.8">{t('surveys.import.mustFix')}</Text>}
      {closed && (
        <Stack maw={560}>
          <ClosedWaveReason value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
        </Stack>
      )}
      <Group>
        <Button
          onClick={() => run.mutate()}
          loading={run.isPending}
          disabled={blocked || previewing || (closed && !reason.trim())}
        >
          {t('surveys.import.confirm', { count: preview.rows })}
        </Button>
      </Group>
    </Stack>
  );
}
