import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shareSteps, suppressedColor } from './map-layers';
import { useFormat } from './use-format';

/** The colour steps of the choropleth in words, and the hatch for areas not shown. */
export function ChoroplethLegend() {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={4} component="section" aria-labelledby="choropleth-legend">
      <Text fw={600} id="choropleth-legend">
        {t('surveyAnalysis.map.legend')}
      </Text>
      <Group gap="md" wrap="wrap" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {shareSteps.map((step, index) => {
          const next = shareSteps[index + 1];
          const text = next
            ? `${format.share(step.from)}–${format.share(next.from)}`
            : `≥ ${format.share(step.from)}`;
          return (
            <Group component="li" gap={6} key={step.from} wrap="nowrap">
              <Swatch background={step.color} />
              <Text size="sm">{text}</Text>
            </Group>
          );
        })}
        <Group component="li" gap={6} wrap="nowrap">
          <Swatch
            background={`repeating-linear-gradient(45deg, #495057 0 2px, ${suppressedColor} 2px 8px)`}
          />
          <Text size="sm">{t('surveyAnalysis.map.suppressedLegend')}</Text>
        </Group>
      </Group>
    </Stack>
  );
}

function Swatch({ background }: { background: string }) {
  return (
    <Box w={22} h={16} style={{ background, border: '1px solid #495057', borderRadius: 2 }} aria-hidden />
  );
}
