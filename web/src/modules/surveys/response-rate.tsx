import { Box, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A 0–1 share as a percentage with one decimal, in the page's language. */
export function usePercent() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (share: number) => format.format(share);
}

/**
 * The response rate as text and a bar. The bar only repeats the number for the eye, so it is
 * hidden from screen readers, which read the percentage.
 */
export function ResponseRate({ rate }: { rate: number | null }) {
  const { t } = useTranslation();
  const percent = usePercent();
  if (rate === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('surveys.noRate')}
      </Text>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" w={52} ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {percent(rate)}
      </Text>
      <Box w={96} aria-hidden>
        <Progress value={Math.min(100, rate * 100)} color="teal.8" size="md" />
      </Box>
    </Group>
  );
}
