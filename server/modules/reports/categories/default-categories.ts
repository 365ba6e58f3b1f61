import { sql } from 'drizzle-orm';
import type { Pillar } from '../../../../common/reporting';
import type { Db, Tx } from '../../../db/client';
import { organizations, reportCategories } from '../../../db/schema';
import { newId } from '../../../platform/ids';
import { defaultCategoryTexts } from './default-category-texts';

type DefaultCategory = { key: string; pillar: Pillar; targetDays: number; restricted?: boolean };

/**
 * The set every organization starts with (the list). Disturbance and subletting are
 * restricted: they go to the queue only social coordinators and admins read.
 */
export const defaultCategories: DefaultCategory[] = [
  { key: 'lighting', pillar: 'physical', targetDays: 7 },
  { key: 'door_lock_entry', pillar: 'physical', targetDays: 3 },
  { key: 'graffiti_vandalism', pillar: 'physical', targetDays: 7 },
  { key: 'litter', pillar: 'physical', targetDays: 7 },
  { key: 'vegetation', pillar: 'physical', targetDays: 30 },
  { key: 'unsafe_place', pillar: 'physical', targetDays: 30 },
  { key: 'fire_hazard', pillar: 'management', targetDays: 2 },
  { key: 'disturbance', pillar: 'social', targetDays: 14, restricted: true },
  { key: 'subletting', pillar: 'management', targetDays: 30, restricted: true },
  { key: 'other', pillar: 'physical', targetDays: 14 },
];

/** Adds the default categories an organization lacks (by key); running it twice changes nothing. */
export async function installDefaultCategories(tx: Tx, organizationId: string): Promise<void> {
  const rows = defaultCategories.map((category, index) => ({
    organizationId,
    id: newId(),
    key: category.key,
    name: defaultCategoryTexts[category.key].name,
    description: defaultCategoryTexts[category.key].description,
    restricted: category.restricted ?? false,
    pillar: category.pillar,
    targetDays: category.targetDays,
    sortOrder: (index + 1) * 10,
  }));
  await tx
    .insert(reportCategories)
    .values(rows)
    .onConflictDoNothing({ target: [reportCategories.organizationId, reportCategories.key] });
}

/** At start: organizations made before categories existed get the default set. */
export async function installMissingDefaultCategories(db: Db): Promise<void> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      sql`not exists (select 1 from ${reportCategories} where ${reportCategories.organizationId} = ${organizations.id})`,
    );
  for (const { id } of rows) await installDefaultCategories(db, id);
}
