import { and, count, eq, type SQL } from 'drizzle-orm';
import { cellVisibility } from '../../../common/statistics';
import type { Tx } from '../../db/client';
import { surveyResponses } from '../../db/schema';

export type Cell = { waveId: string; areaId: string; responses: number };

/**
 * Responses per area × wave under a condition on survey_responses (the caller's organization,
 * scope and filters). The cell size decides whether anything of the cell may be shown: texts and
 * marked places of fewer than 5 responses are withheld like every other figure.
 */
export async function responseCells(db: Tx, organizationId: string, where?: SQL): Promise<Cell[]> {
  return db
    .select({ waveId: surveyResponses.waveId, areaId: surveyResponses.areaId, responses: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.organizationId, organizationId), where))
    .groupBy(surveyResponses.waveId, surveyResponses.areaId);
}

/** The cells that may be shown and those withheld. */
export function splitCells(cells: readonly Cell[]) {
  const shown = cells.filter((cell) => cellVisibility(cell.responses) !== 'suppressed');
  const withheld = cells.filter((cell) => cellVisibility(cell.responses) === 'suppressed');
  return { shown, withheld };
}

export const cellKey = (cell: { waveId: string; areaId: string }) => `${cell.waveId}:${cell.areaId}`;
