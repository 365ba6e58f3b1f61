import type { Figure } from './analysis-types';

type Formatter = { figure: (value: Figure | null | undefined) => string };

/** "Label 67 % (62–72); Other –": the numbers of a chart in words, for its accessible name. */
export function describeFigures(rows: { label: string; figure: Figure | null }[], format: Formatter): string {
  return rows.map((row) => `${row.label} ${format.figure(row.figure)}`).join('; ');
}
