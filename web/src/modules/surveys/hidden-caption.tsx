import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

// The usual "visually hidden" rules: out of sight, still read as the table's name.
const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** A table caption for screen readers where the page's heading already names the table for the eye. */
export function HiddenCaption({ children }: { children: ReactNode }) {
  return <Table.Caption style={hidden}>{children}</Table.Caption>;
}
