import type { Role } from '../../common/roles';

/** A role held in the current organization, with its area scope ('all' or a list of area ids). */
export type Grant = { role: Role; areas: 'all' | string[] };

/** The logged-in user acting within one organization. Built per request from the session. */
export type Actor = {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  organizationId: string;
  grants: Grant[];
};
