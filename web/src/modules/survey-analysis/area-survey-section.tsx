import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { defaultIndexKey } from '../../../../common/surveys/indexes';
import { AnchorLink } from '../../app/anchor-link';
import { useAbility } from '../../app/session';
import { useAreaAnalysis } from './analysis-api';
import { ChangeValue } from './change-value';
import { FigureValue } from './figure-value';

/**
 * On the area page (places): the latest trygghetsindex with interval and change, any negative
 * trend, and a link to the full analysis. Shown to those who may read survey figures.
 */
export function AreaSurveySection({ areaId }: { areaId: string }) {
  const canRead = useAbility('survey.read');
  if (!canRead) return null;
  return <AreaSurveySummary areaId={areaId} />;
}

function AreaSurveySummary({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  const analysis = useAreaAnalysis(areaId, {});
  const data = analysis.data;
  const index = data?.measures.find((measure) => measure.key === defaultIndexKey) ?? data?.measures[0];
  // Nothing to say while loading; an area without answers (404 or no wave) says so plainly.
  if (analysis.isPending) return null;
  return (
    <Paper component="section" aria-labelledby="area-survey-heading" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Title order={2} size="h3" id="area-survey-heading">
          {t('surveyAnalysis.areaSection.title')}
        </Title>
        {!data?.wave || !index ? (
          <Text>{t('surveyAnalysis.areaSection.none')}</Text>
        ) : (
          <>
            <Group gap="md" wrap="wrap">
              <Text fw={600}>
                {index.label}, {data.wave.name}:
              </Text>
              <FigureValue figure={index.figure} />
              <ChangeValue change={index.change} />
            </Group>
            {data.signals.length > 0 && (
              <Text c="red.9" fw={600}>
                {t('surveyAnalysis.signals.negative')}:{' '}
                {data.signals.map((signal) => signal.label).join(', ')}
              </Text>
            )}
          </>
        )}
        <AnchorLink to="/surveys/analysis/areas/$areaId" params={{ areaId }}>
          {t('surveyAnalysis.areaSection.link')}
        </AnchorLink>
      </Stack>
    </Paper>
  );
}
