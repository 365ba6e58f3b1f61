import { Alert, Button, FileInput, Group, Loader, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/anchor-link';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { QueryPage } from '../../app/query-page';
import { importBody } from './import-body';
import { ImportPreviewStep } from './import-preview-step';
import { type ImportStep, ImportSteps } from './import-steps';
import { postForm } from './send-file';
import type { ColumnMapping, ImportPreview, WaveDetail } from './survey-types';
import { useRequestOptions, useSurveyQuestions, useWave } from './surveys-api';

export function ImportResponsesPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <QueryPage title={t('surveys.import.button')} query={useWave(id)}>
      {(wave) => <ImportWizard wave={wave} />}
    </QueryPage>
  );
}

/**
 * "Importera svar (CSV)": upload → preview (mapping, issues, sample) → confirm. Nothing is stored
 * until the user confirms, and then all rows or none.
 */
function ImportWizard({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation();
  const options = useRequestOptions();
  const questions = useSurveyQuestions();
  const [file, setFile] = useState<File | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const preview = useMutation({
    mutationFn: ({ mapping }: { mapping: ColumnMapping | null }) => {
      if (!file) throw new Error(t('surveys.import.fileHint'));
      return postForm<ImportPreview>(
        `/api/survey-waves/${wave.id}/import/preview`,
        importBody(file, mapping),
        options,
      );
    },
  });
  const restart = () => {
    setFile(null);
    setImported(null);
    preview.reset();
  };
  const step: ImportStep = imported !== null ? 'done' : preview.data ? 'preview' : 'upload';
  return (
    <Page title={t('surveys.import.title', { name: wave.name })}>
      <AnchorLink to="/surveys/$id" params={{ id: wave.id }} size="sm">
        {wave.name}
      </AnchorLink>
      <Text>{t('surveys.import.intro')}</Text>
      <ImportSteps current={step} />
      {step === 'done' && (
        <Stack align="flex-start">
          <Alert color="green" role="status" variant="outline">
            {t('surveys.import.done', { count: imported ?? 0 })}
          </Alert>
          <Button variant="default" onClick={restart}>
            {t('surveys.import.another')}
          </Button>
        </Stack>
      )}
      {step !== 'done' && (
        <Stack maw={560}>
          <FileInput
            label={t('surveys.import.file')}
            description={t('surveys.import.fileHint')}
            accept=".csv,text/csv"
            value={file}
            onChange={(value) => {
              setFile(value);
              preview.reset();
            }}
            leftSection={<IconUpload size={16} aria-hidden />}
            clearable
            clearButtonProps={{ 'aria-label': t('surveys.import.clearFile') }}
          />
          <Group>
            <Button
              variant={preview.data ? 'default' : 'filled'}
              onClick={() => preview.mutate({ mapping: null })}
              disabled={!file}
              loading={preview.isPending && preview.variables?.mapping === null}
            >
              {t('surveys.import.preview')}
            </Button>
          </Group>
          <FormError error={preview.error} />
        </Stack>
      )}
      {step === 'preview' && preview.data && file && !questions.data && (
        <Loader aria-label={t('app.loading')} />
      )}
      {step === 'preview' && preview.data && file && questions.data && (
        <ImportPreviewStep
          // A new preview of the file (not of an edited mapping) starts the mapping afresh.
          key={`${file.name}-${file.size}-${file.lastModified}`}
          wave={wave}
          file={file}
          preview={preview.data}
          questions={questions.data.questions.filter(
            (q) => wave.questionKeys.includes(q.key) && ['scale', 'choice', 'text'].includes(q.kind),
          )}
          onPreview={(mapping) => preview.mutate({ mapping })}
          previewing={preview.isPending}
          onImported={setImported}
        />
      )}
    </Page>
  );
}
