import type { Permissions } from '../../platform/policy';

export type Open311Action = 'open311.publication' | 'open311.moderate_summary';

/**
 * Publishing beyond the coarse minimum. Turning publication on, and giving a key the 'full'
 * agreement (the tenant's own words), is the organization's decision: admins only. Approving or
 * withdrawing one report's public summary is a coordinator's moderation, in their areas.
 */
export const open311Permissions: Permissions<Open311Action> = {
  'open311.publication': ['admin'],
  'open311.moderate_summary': ['admin', 'safety_coordinator'],
};
