/** Roles a user may hold in an organization (see docs: domain.md, "Who uses it"). */
export const roles = [
  'admin',
  'safety_coordinator',
  'social_coordinator',
  'area_manager',
  'field_staff',
  'guard',
  'viewer',
  'partner',
] as const;
export type Role = (typeof roles)[number];

/** Roles whose accounts must use two-factor authentication when the organization requires it. */
export const twoFactorRoles: readonly Role[] = ['admin', 'social_coordinator'];

export const areaClassifications = ['utsatt', 'sarskilt_utsatt', 'riskomrade'] as const;
export type AreaClassification = (typeof areaClassifications)[number];

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];
