import type { Position } from '../../../common/geo';
import type { IntakeDirectory } from './intake-directory';

/**
 * How far outside its areas an organization still takes reports. A report a little outside
 * (the bus stop across the road, a roughly drawn area) is real; one at (0, 0) or in another
 * town is a bad GPS fix or a wrong organization, and a landlord cannot act on it.
 */
export const serviceRegionKm = 5;

const kmPerDegreeLat = 111.32;

/**
 * Whether a point lies in the organization's service region: within serviceRegionKm of the
 * bounding box of any of its areas (each area's box grown by that distance, so two towns'
 * areas do not make the land between them a region). An organization that has drawn no
 * areas has no region to judge by: every point is in it.
 */
export function inServiceRegion(directory: IntakeDirectory, [lon, lat]: Position): boolean {
  if (directory.areas.length === 0) return true;
  return directory.areas.some((area) => {
    const dLat = serviceRegionKm / kmPerDegreeLat;
    // Degrees of longitude shrink towards the poles: measured at the box's edge nearest the pole.
    const poleward = Math.min(89, Math.max(Math.abs(area.minLat), Math.abs(area.maxLat)) + dLat);
    const dLon = serviceRegionKm / (kmPerDegreeLat * Math.cos((poleward * Math.PI) / 180));
    return (
      lat >= area.minLat - dLat &&
      lat <= area.maxLat + dLat &&
      lon >= area.minLon - dLon &&
      lon <= area.maxLon + dLon
    );
  });
}
