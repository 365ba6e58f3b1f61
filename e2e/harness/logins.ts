import type { Role } from '../../common/roles';
import { demoOrganizations } from '../../server/seed/demo-data';
import { type DemoLogin, demoLogins } from '../../server/seed/users';

/** A demo login from the seed itself, so journeys never carry a copy of the credentials. */
export function demoLogin(role: Role, organization = 'botkyrkabyggen'): DemoLogin {
  const login = demoLogins(demoOrganizations).find((l) => l.role === role && l.organization === organization);
  if (!login) throw new Error(`No demo login for ${role} in ${organization}`);
  return login;
}
