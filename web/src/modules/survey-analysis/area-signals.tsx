import { List, Text } from '@mantine/core';
import { IconTrendingDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Signal } from './analysis-types';
import { Section } from './section';
import { useFormat } from './use-format';

/** The area's certain decreases against the previous wave: the trends to act on. */
export function AreaSignals({ signals }: { signals: Signal[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t('surveyAnalysis.areaPage.signals')}>
      {signals.length === 0 ? (
        <Text>{t('surveyAnalysis.areaPage.noSignals')}</Text>
      ) : (
        <List
          spacing={2}
          icon={<IconTrendingDown size={16} color="var(--mantine-color-red-9)" aria-hidden />}
        >
          {signals.map((signal) => (
            <List.Item key={signal.measureKey}>
              <Text span fw={600}>
                {signal.label}
              </Text>{' '}
              {format.change(signal.change)}
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
