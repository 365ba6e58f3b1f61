import { Alert, List, Text } from '@mantine/core';
import { IconTrendingDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/anchor-link';
import { useSignals } from './analysis-api';
import { useFormat } from './use-format';

/** Negative trends across the areas the user may see, at the top of the overview. */
export function SignalsList() {
  const { t } = useTranslation();
  const format = useFormat();
  const signals = useSignals();
  const items = signals.data?.items ?? [];
  if (!signals.data) return null;
  return (
    <Alert
      color={items.length > 0 ? 'red' : 'gray'}
      variant="light"
      icon={<IconTrendingDown aria-hidden />}
      title={<span id="signals-heading">{t('surveyAnalysis.signals.title')}</span>}
      component="section"
      role="region"
      aria-labelledby="signals-heading"
    >
      {items.length === 0 ? (
        <Text size="sm">{t('surveyAnalysis.signals.none')}</Text>
      ) : (
        <>
          <Text size="sm" mb={4}>
            {t('surveyAnalysis.signals.intro')}
          </Text>
          <List size="sm" spacing={2}>
            {items.map((item) => (
              <List.Item key={`${item.areaId}-${item.measureKey}-${item.waveId}`}>
                <AnchorLink to="/surveys/analysis/areas/$areaId" params={{ areaId: item.areaId }}>
                  {t('surveyAnalysis.signals.item', {
                    area: item.areaName,
                    measure: item.label,
                    change: format.change(item.change),
                  })}
                </AnchorLink>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
