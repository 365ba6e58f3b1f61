import type { Role } from '../../common/roles';
import type { Actor } from '../platform/actor';

/** An actor holding one role (any string, so tests can try unknown roles) for policy table tests. */
export const actorWith = (role: string, areas: 'all' | string[] = 'all'): Actor => ({
  userId: 'u',
  email: 'u@example.org',
  displayName: 'U',
  locale: 'en',
  organizationId: 'o',
  grants: [{ role: role as Role, areas }],
});
