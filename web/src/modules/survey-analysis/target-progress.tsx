import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Target } from './analysis-types';
import { useFormat } from './use-format';

/** The area's target and how far the latest figure is from it (progress: share ÷ target). */
export function TargetProgress({ target, progress }: { target: Target | null; progress: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!target)
    return (
      <Text span size="sm">
        {t('surveyAnalysis.noTarget')}
      </Text>
    );
  return (
    <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
      {t('surveyAnalysis.targetValue', { share: format.share(target.share), year: target.year })}
      {progress !== null && (
        <>
          <br />
          {progress >= 1
            ? t('surveyAnalysis.progressReached')
            : t('surveyAnalysis.progressLeft', { value: format.points(target.share * (1 - progress)) })}
        </>
      )}
    </Text>
  );
}
