import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A titled note (reply, reason, what was done). Dark text on a pale background with a coloured
 * edge: Mantine's light Alert titles fall below 4.5:1 contrast in some colours.
 */
export function Notice({ title, color, children }: { title: string; color: string; children: ReactNode }) {
  return (
    <Paper
      withBorder
      p="sm"
      bg="gray.0"
      style={{ borderInlineStart: `4px solid var(--mantine-color-${color})` }}
    >
      <Text fw={700}>{title}</Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>
    </Paper>
  );
}
