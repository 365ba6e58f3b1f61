import { Alert, Button, FileInput, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { importResult } from '../../../../common/contracts/places';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { useInvalidatePlaces } from '../places/places-api';
import { CsvColumns } from './csv-columns';
import { ImportIssues } from './import-issues';

type Kind = 'areas' | 'buildings';
type Crs = 'auto' | 'EPSG:4326' | 'EPSG:3006';
type Result = z.infer<typeof importResult>;

/** Uploads a GeoJSON of areas or a CSV of buildings; preview first, then import (all or nothing). */
export function ImportPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('areas');
  const [file, setFile] = useState<File | null>(null);
  const [crs, setCrs] = useState<Crs>('auto');
  const invalidate = useInvalidatePlaces();
  const run = useMutation({
    mutationFn: async (dryRun: boolean) => {
      if (!file) throw new Error(t('import.fileHint'));
      const text = await file.text();
      const body = {
        [kind === 'areas' ? 'geojson' : 'csv']: text,
        dryRun,
        ...(crs === 'auto' ? {} : { crs }),
      };
      return api.post<Result>(`/api/import/${kind}`, body);
    },
    onSuccess: (result) => (result.dryRun ? undefined : invalidate()),
  });
  const reset = () => run.reset();
  const result = run.data;
  return (
    <Page title={t('import.title')}>
      <Text>{t('import.intro')}</Text>
      <Stack maw={560}>
        <Stack gap={4}>
          <Text component="span" fw={500} size="sm" id="import-kind-label">
            {t('import.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="import-kind-label"
            value={kind}
            onChange={(value) => {
              setKind(value as Kind);
              reset();
            }}
            data={[
              { value: 'areas', label: t('import.kinds.areas') },
              { value: 'buildings', label: t('import.kinds.buildings') },
            ]}
            fullWidth
          />
        </Stack>
        <FileInput
          label={t('import.file')}
          description={t('import.fileHint')}
          accept={kind === 'areas' ? '.geojson,.json,application/geo+json,application/json' : '.csv,text/csv'}
          value={file}
          onChange={(value) => {
            setFile(value);
            reset();
          }}
          leftSection={<IconUpload size={16} aria-hidden />}
          clearable
          clearButtonProps={{ 'aria-label': t('import.clearFile') }}
        />
        <NativeSelect
          label={t('import.crs')}
          value={crs}
          onChange={(event) => setCrs(event.currentTarget.value as Crs)}
          data={[
            { value: 'auto', label: t('import.crsOptions.auto') },
            { value: 'EPSG:4326', label: t('import.crsOptions.wgs84') },
            { value: 'EPSG:3006', label: t('import.crsOptions.sweref') },
          ]}
        />
        <Group>
          <Button
            variant="default"
            onClick={() => run.mutate(true)}
            disabled={!file}
            loading={run.isPending && run.variables}
          >
            {t('import.preview')}
          </Button>
          <Button
            onClick={() => run.mutate(false)}
            disabled={!file}
            loading={run.isPending && !run.variables}
          >
            {t('import.run')}
          </Button>
        </Group>
      </Stack>
      {result && (
        <Alert color={result.dryRun ? 'blue' : 'green'} role="status">
          {t(result.dryRun ? 'import.previewResult' : 'import.doneResult', result.created)}
        </Alert>
      )}
      <FormError error={run.error} />
      <ImportIssues error={run.error} />
      {kind === 'buildings' ? <CsvColumns /> : <Text size="sm">{t('import.geojsonHint')}</Text>}
    </Page>
  );
}
