import type { ReportCategory } from '../../../../common/contracts/report-categories';
import type { Pillar } from '../../../../common/reporting';
import type { reportCategories } from '../../../db/schema';

export type CategoryRow = typeof reportCategories.$inferSelect;

/** A category as staff see and edit it. */
export function presentCategory(row: CategoryRow): ReportCategory {
  return {
    id: row.id,
    key: row.key,
    name: row.name as Record<string, string>,
    description: row.description as Record<string, string>,
    restricted: row.restricted,
    pillar: row.pillar as Pillar,
    targetDays: row.targetDays,
    sortOrder: row.sortOrder,
    archived: row.archivedAt !== null,
  };
}
