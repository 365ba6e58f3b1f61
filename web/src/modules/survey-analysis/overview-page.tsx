import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodFrame } from '../../../../common/contracts/survey-analysis';
import { defaultIndexKey } from '../../../../common/surveys/indexes';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { ChangedAfterPublication } from '../surveys/changed-after-publication';
import { useOverview } from './analysis-api';
import { AnalysisNav } from './analysis-nav';
import type { WaveRef } from './analysis-types';
import { MeasureSelect } from './measure-select';
import { OverviewTable } from './overview-table';
import { PeriodFrameSelect } from './period-frame-select';
import { SignalsList } from './signals-list';
import { SuppressionLegend } from './suppression-legend';

/** /surveys/analysis: every area's figure per wave for one measure, with signals on top. */
export default function OverviewPage() {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState(defaultIndexKey);
  const [by, setBy] = useState<PeriodFrame>('wave');
  const overview = useOverview(measure, by);
  // By month the workbook is by month too: naming a month period makes the export use months.
  const latestMonth = by === 'month' ? overview.data?.waves.at(-1)?.id : undefined;
  const exportHref = `/api/survey-analysis/export.xlsx${latestMonth ? `?waveId=${latestMonth}` : ''}`;
  const actions = (
    <Button
      component="a"
      href={exportHref}
      download
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
    >
      {t('surveyAnalysis.export.xlsx')}
    </Button>
  );
  return (
    <Page title={t('surveyAnalysis.title')} actions={actions}>
      <AnalysisNav />
      <SignalsList />
      <Text>{t('surveyAnalysis.intro')}</Text>
      <Group align="flex-end" wrap="wrap">
        <MeasureSelect value={measure} onChange={setMeasure} />
        <PeriodFrameSelect value={by} waves={overview.data?.waves ?? []} onChange={setBy} />
      </Group>
      <FormError error={overview.error} />
      {overview.isPending && <Loader aria-label={t('app.loading')} />}
      {overview.data &&
        (overview.data.rows.length === 0 || overview.data.waves.length === 0 ? (
          <Text>{t(by === 'month' ? 'surveyAnalysis.by.noMonths' : 'surveyAnalysis.empty')}</Text>
        ) : (
          <>
            <OverviewTable overview={overview.data} />
            <ChangedWaves waves={overview.data.waves} />
            <SuppressionLegend />
          </>
        ))}
    </Page>
  );
}

/** The waves whose published results changed after they closed, each with its date. */
function ChangedWaves({ waves }: { waves: WaveRef[] }) {
  const { t } = useTranslation();
  // Months of one continuous survey share its mark: say it once per survey.
  const changed = waves.filter(
    (wave, index) =>
      wave.changedAfterPublicationAt &&
      waves.findIndex((other) => other.id.split(':')[0] === wave.id.split(':')[0]) === index,
  );
  if (changed.length === 0) return null;
  return (
    <Stack gap="xs" aria-label={t('surveyAnalysis.changedWaves')} role="group">
      {changed.map((wave) => (
        <Stack key={wave.id} gap={2}>
          <Text fw={600} size="sm">
            {wave.name}
          </Text>
          <ChangedAfterPublication at={wave.changedAfterPublicationAt} />
        </Stack>
      ))}
    </Stack>
  );
}
