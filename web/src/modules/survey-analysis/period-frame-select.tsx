import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodFrame } from '../../../../common/contracts/survey-analysis';
import { useOverview } from './analysis-api';
import type { WaveRef } from './analysis-types';

/**
 * "Visa per: mätomgång / månad": offered once the organization has a continuous survey (or months
 * are already shown), since only continuous surveys are split into months.
 */
export function PeriodFrameSelect({
  value,
  waves,
  onChange,
}: {
  value: PeriodFrame;
  waves: readonly WaveRef[];
  onChange: (by: PeriodFrame) => void;
}) {
  const { t } = useTranslation();
  if (value === 'wave' && !waves.some((wave) => wave.kind === 'continuous')) return null;
  return (
    <NativeSelect
      label={t('surveyAnalysis.by.label')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as PeriodFrame)}
      data={[
        { value: 'wave', label: t('surveyAnalysis.by.wave') },
        { value: 'month', label: t('surveyAnalysis.by.month') },
      ]}
    />
  );
}

/**
 * The period a page shows figures for (compare, map): "Visa per" and the wave or month, the
 * latest until one is chosen. Returns the chosen period and the two choosers to place.
 */
export function usePeriodChoice(measure: string) {
  const { t } = useTranslation();
  const [by, setBy] = useState<PeriodFrame>('wave');
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const waves = useOverview(measure, by).data?.waves ?? [];
  const wave = waves.find((item) => item.id === chosen) ?? waves.at(-1);
  const choosers = (
    <>
      <PeriodFrameSelect
        value={by}
        waves={waves}
        onChange={(next) => {
          setBy(next);
          setChosen(undefined);
        }}
      />
      <NativeSelect
        label={t('surveyAnalysis.wave')}
        value={wave?.id ?? ''}
        onChange={(event) => setChosen(event.currentTarget.value)}
        data={waves.map((item) => ({ value: item.id, label: item.name }))}
      />
    </>
  );
  return { wave, choosers };
}

/** The survey (wave) a period belongs to: a month period's id starts with its wave's id. */
export const surveyWaveOf = (periodId: string) => periodId.slice(0, 36);
