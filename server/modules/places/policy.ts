import { roles } from '../../../common/roles';
import type { Permissions } from '../../platform/policy';

export type PlaceAction =
  | 'area.read'
  | 'area.create'
  | 'area.update'
  | 'area.archive'
  | 'building.read'
  | 'building.write'
  | 'entrance.read'
  | 'entrance.write'
  | 'apartment.read'
  | 'apartment.write'
  | 'place.import';

const everyoneButPartners = roles.filter((role) => role !== 'partner');
const placeEditors = ['admin', 'safety_coordinator', 'area_manager'] as const;
const areaEditors = ['admin', 'safety_coordinator'] as const;

/**
 * Who may do what in the registry of places. Area-scoped grants apply within their areas only
 * (policy.areaScope); partners see areas, never buildings, entrances or apartments.
 */
export const placePermissions: Permissions<PlaceAction> = {
  'area.read': roles,
  'area.create': areaEditors,
  'area.update': areaEditors,
  'area.archive': areaEditors,
  'building.read': everyoneButPartners,
  'building.write': placeEditors,
  'entrance.read': everyoneButPartners,
  'entrance.write': placeEditors,
  // Apartments are closer to households: guards and viewers do not need them.
  'apartment.read': ['admin', 'safety_coordinator', 'social_coordinator', 'area_manager', 'field_staff'],
  'apartment.write': placeEditors,
  'place.import': areaEditors,
};
