import type { Tx } from '../db/client';
import { organizations } from '../db/schema';
import { installDefaultCategories } from '../modules/reports/categories/default-categories';
import type { DemoOrganization } from './demo-data';
import { demoId } from './demo-ids';
import { seedPrivacyContacts } from './privacy-contacts';

/** Inserts one demo company. Two-factor is off so the demo logins work without an authenticator app. */
export async function seedOrganization(tx: Tx, org: DemoOrganization): Promise<string> {
  const id = demoId(`organization/${org.slug}`);
  await tx.insert(organizations).values({ id, name: org.name, slug: org.slug, requireTwoFactor: false });
  await installDefaultCategories(tx, id);
  await seedPrivacyContacts(tx, id, org);
  return id;
}
