import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodFrame } from '../../../../common/contracts/survey-analysis';
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

/** The survey (wave) a period belongs to: a month period's id starts with its wave's id. */
export const surveyWaveOf = (periodId: string) => periodId.slice(0, 36);
