import type { PrivacyContactsInput } from '../../common/contracts/privacy-notice';
import type { Tx } from '../db/client';
import { organizationPrivacy } from '../db/schema';
import type { DemoOrganization } from './demo-data';

/**
 * The demo companies' privacy contacts, as their privacy notice shows them. Both are municipal
 * companies (allmännyttan), so the notice names public interest as the legal basis. The legal
 * names follow the companies' form (AB …); organization numbers, box addresses and people are
 * made up (valid check digits; phone numbers from PTS's range for fiction; .demo mail domains
 * that reach nobody).
 */
const contacts: Record<string, Omit<PrivacyContactsInput, 'contactEmail' | 'dpoEmail'>> = {
  botkyrkabyggen: {
    controllerName: 'AB Botkyrkabyggen',
    controllerOrgNumber: '556000-1009',
    controllerAddress: 'Box 1001, 147 21 Tumba',
    publicSector: true,
    dpoName: 'Sara Lind',
    dpoPhone: '08-465 004 20',
    contactPhone: '08-465 004 00',
    contactWeb: null,
  },
  helsingborgshem: {
    controllerName: 'AB Helsingborgshem',
    controllerOrgNumber: '556000-2007',
    controllerAddress: 'Box 2002, 251 10 Helsingborg',
    publicSector: true,
    dpoName: 'Johan Ek',
    dpoPhone: '070-174 06 20',
    contactPhone: null,
    contactWeb: null,
  },
};

export async function seedPrivacyContacts(tx: Tx, organizationId: string, org: DemoOrganization) {
  const own = contacts[org.slug];
  if (!own) return;
  await tx.insert(organizationPrivacy).values({
    organizationId,
    ...own,
    dpoEmail: `dataskyddsombud@${org.mailDomain}`,
    contactEmail: `integritet@${org.mailDomain}`,
  });
}
