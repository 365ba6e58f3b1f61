import type { FastifyInstance } from 'fastify';
import type { Role } from '../../../common/roles';
import { loginAs } from '../../testing/factories';
import { organizationWithPlaces } from '../places/test-places';
import { categoryOf, createReport } from './testing';

/** An organization with places, a lighting and a disturbance category, and a way to log in there. */
export async function reportingOrganization(app: FastifyInstance) {
  const places = await organizationWithPlaces(app);
  const organizationId = places.admin.organizationId;
  const lighting = await categoryOf(app, organizationId, 'lighting');
  const disturbance = await categoryOf(app, organizationId, 'disturbance');
  return {
    ...places,
    organizationId,
    lighting,
    disturbance,
    login: (role: Role, areaIds?: string[]) => loginAs(app, role, { organizationId, areaIds }),
    report: (overrides: Parameters<typeof createReport>[1] extends infer T ? Partial<T> : never = {}) =>
      createReport(app, { organizationId, areaId: places.areaId, ...overrides }),
  };
}
