import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AreaMeasure, WaveRef } from './analysis-types';
import { ChangeValue } from './change-value';
import { FigureValue } from './figure-value';
import { TargetProgress } from './target-progress';

/** The headline: the index in the chosen wave with its interval, change in words and target. */
export function AreaSummary({ measure, wave }: { measure: AreaMeasure; wave: WaveRef }) {
  const { t } = useTranslation();
  const progress =
    measure.target && measure.figure.share !== null ? measure.figure.share / measure.target.share : null;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <Text fw={600}>
          {t('surveyAnalysis.areaPage.summary', { measure: measure.label, wave: wave.name })}
        </Text>
        <Group gap="xl" wrap="wrap" align="flex-start">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('surveyAnalysis.share')} ({t('surveyAnalysis.interval')})
            </Text>
            <Text size="xl" fw={700} component="div">
              <FigureValue figure={measure.figure} />
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('surveyAnalysis.change')}
            </Text>
            {measure.change ? (
              <ChangeValue change={measure.change} />
            ) : (
              <Text>{t('surveyAnalysis.noChange')}</Text>
            )}
          </Stack>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('surveyAnalysis.target')}
            </Text>
            <TargetProgress target={measure.target} progress={progress} />
          </Stack>
        </Group>
      </Stack>
    </Paper>
  );
}
