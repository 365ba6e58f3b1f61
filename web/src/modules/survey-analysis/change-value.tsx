import { Group, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconEqual } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Change } from './analysis-types';
import { useFormat } from './use-format';

const look = {
  certain_increase: { color: '#1d6b30', Icon: IconArrowUpRight },
  no_certain_change: { color: 'gray.8', Icon: IconEqual },
  certain_decrease: { color: 'red.9', Icon: IconArrowDownRight },
} as const;

/** A change in percentage points with its verdict in words and an icon, never colour alone. */
export function ChangeValue({ change }: { change: Change }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!change) return <Text span>{format.none}</Text>;
  const { color, Icon } = look[change.verdict];
  return (
    <Group gap={4} wrap="nowrap" c={color}>
      <Icon size={16} aria-hidden />
      <Text span fw={change.verdict === 'no_certain_change' ? 400 : 600} style={{ whiteSpace: 'nowrap' }}>
        {format.pp(change.diff)}
      </Text>
      <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t(`surveyAnalysis.verdicts.${change.verdict}`)}
      </Text>
    </Group>
  );
}
