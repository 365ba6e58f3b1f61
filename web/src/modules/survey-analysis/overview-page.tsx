import { Button, Group, Loader, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodFrame } from '../../../../common/contracts/survey-analysis';
import { defaultIndexKey } from '../../../../common/surveys/indexes';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { useOverview } from './analysis-api';
import { AnalysisNav } from './analysis-nav';
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
            <SuppressionLegend />
          </>
        ))}
    </Page>
  );
}
