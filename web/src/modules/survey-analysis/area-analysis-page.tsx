import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodFrame } from '../../../../common/contracts/survey-analysis';
import { defaultIndexKey } from '../../../../common/surveys/indexes';
import { AnchorLink } from '../../app/anchor-link';
import { Page } from '../../app/page';
import { QueryPage } from '../../app/query-page';
import { useAbility } from '../../app/session';
import { ChangedAfterPublication } from '../surveys/changed-after-publication';
import { useAreaAnalysis } from './analysis-api';
import type { AreaAnalysis, WaveRef } from './analysis-types';
import { AreaSignals } from './area-signals';
import { AreaSummary } from './area-summary';
import { AreaTrend } from './area-trend';
import { BreakdownsSection } from './breakdowns-section';
import { FreeTextPanel } from './free-text-panel';
import { HeatmapSection } from './heatmap-section';
import { ItemsSection } from './items-section';
import { OpenLinkShareSection } from './open-link-share-section';
import { OwnQuestionsSection } from './own-questions-section';
import { PeriodFrameSelect, surveyWaveOf } from './period-frame-select';
import { PlacesSection } from './places-section';
import { SuppressionLegend } from './suppression-legend';
import { TargetEditor } from './target-editor';

type Choice = { waveId?: string; by: PeriodFrame; measure: string };
type ViewProps = { data: AreaAnalysis; onChoose: (choice: Partial<Choice>) => void };

/** /surveys/analysis/areas/$areaId: one area's results in a chosen wave, with trend and free text. */
export default function AreaAnalysisPage({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>({ measure: defaultIndexKey, by: 'wave' });
  const analysis = useAreaAnalysis(areaId, choice);
  return (
    <QueryPage title={t('surveyAnalysis.title')} query={analysis}>
      {(data) => <AreaAnalysisView data={data} onChoose={(next) => setChoice({ ...choice, ...next })} />}
    </QueryPage>
  );
}

function AreaAnalysisView({ data, onChoose }: ViewProps) {
  const { t } = useTranslation();
  const title = t('surveyAnalysis.areaPage.title', { area: data.area.name });
  if (!data.wave) {
    return (
      <Page title={title}>
        <AreaLinks areaId={data.area.id} />
        <Text>{t('surveyAnalysis.areaPage.noWave')}</Text>
      </Page>
    );
  }
  const pdf = `/api/survey-analysis/areas/${data.area.id}/report.pdf?waveId=${data.wave.id}`;
  const actions = (
    <Button component="a" href={pdf} download leftSection={<IconDownload size={16} aria-hidden />}>
      {t('surveyAnalysis.export.pdf')}
    </Button>
  );
  return (
    <Page title={title} actions={actions}>
      <AreaLinks areaId={data.area.id} />
      <Choosers data={data} wave={data.wave} onChoose={onChoose} />
      <AreaSections data={data} wave={data.wave} />
    </Page>
  );
}

function AreaLinks({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="md">
      <AnchorLink to="/surveys/analysis">{t('surveyAnalysis.tabs.overview')}</AnchorLink>
      <AnchorLink to="/areas/$id" params={{ id: areaId }}>
        {t('surveyAnalysis.areaPage.openArea')}
      </AnchorLink>
    </Group>
  );
}

function Choosers({ data, wave, onChoose }: ViewProps & { wave: WaveRef }) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" wrap="wrap">
      <PeriodFrameSelect
        value={wave.kind === 'month' ? 'month' : 'wave'}
        waves={data.waves}
        onChange={(by) => onChoose({ by, waveId: undefined })}
      />
      <NativeSelect
        label={t('surveyAnalysis.wave')}
        value={wave.id}
        onChange={(event) => onChoose({ waveId: event.currentTarget.value })}
        data={data.waves.map((item) => ({ value: item.id, label: item.name }))}
      />
      <NativeSelect
        label={t('surveyAnalysis.measure')}
        value={data.measure}
        onChange={(event) => onChoose({ measure: event.currentTarget.value })}
        data={data.measures.map((measure) => ({ value: measure.key, label: measure.label }))}
      />
    </Group>
  );
}

/** Everything below the choosers; the chosen measure drives the summary, trend, places and groups. */
function AreaSections({ data, wave }: { data: AreaAnalysis; wave: WaveRef }) {
  const { t } = useTranslation();
  const canManage = useAbility('survey.manage');
  const canReadText = useAbility('survey.read_free_text');
  const measure = data.measures.find((item) => item.key === data.measure) ?? data.measures[0];
  return (
    <>
      <ChangedAfterPublication at={wave.changedAfterPublicationAt} />
      {measure && <AreaSummary measure={measure} wave={wave} />}
      <AreaSignals signals={data.signals} />
      {measure && <AreaTrend measure={measure} waves={data.waves} />}
      {canManage && data.measures.length > 0 && (
        <TargetEditor areaId={data.area.id} measures={data.measures} year={wave.year} />
      )}
      <ItemsSection measures={data.measures} />
      <PlacesSection
        title={t('surveyAnalysis.areaPage.buildings')}
        labelHeader={t('surveyAnalysis.areaPage.address')}
        places={data.buildings.map((b) => ({ key: b.buildingId, label: b.address, figure: b.figure }))}
      />
      <PlacesSection
        title={t('surveyAnalysis.areaPage.entrances')}
        labelHeader={t('surveyAnalysis.areaPage.entrance')}
        places={data.entrances.map((e) => ({ key: e.entranceId, label: entranceLabel(e), figure: e.figure }))}
      />
      <BreakdownsSection breakdowns={data.breakdowns} />
      <OpenLinkShareSection openLinks={data.openLinks} />
      <OwnQuestionsSection areaId={data.area.id} waveId={surveyWaveOf(wave.id)} />
      <SuppressionLegend />
      {/* Free text and marked places are per survey: a month of a continuous one shows the whole survey's. */}
      {canReadText && (
        <FreeTextPanel areaId={data.area.id} waveId={surveyWaveOf(wave.id)} canCorrect={canReadText} />
      )}
      <HeatmapSection areaId={data.area.id} areaName={data.area.name} waveId={surveyWaveOf(wave.id)} />
    </>
  );
}

/** "Krögarvägen 3, A" unless the entrance's label already names the address. */
function entranceLabel(entrance: { label: string; address: string }): string {
  return entrance.label.includes(entrance.address)
    ? entrance.label
    : `${entrance.address}, ${entrance.label}`;
}
