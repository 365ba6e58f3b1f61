import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { memberships, users } from '../../db/schema';
import { requireActor } from '../../platform/auth/plugin';
import { forbidden } from '../../platform/errors';
import { areaScope } from '../../platform/policy';
import { assignableRoles } from './place';
import { workOrderPermissions } from './policy';

export const assigneeList = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) });

/**
 * The people a planner can assign a work order to: active members of the organization with a role
 * that does work orders. The user list (/api/users) is for admins only, so planners need this one.
 */
export const workOrderAssigneeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/work-orders/assignees',
    {
      config: { permission: ['work_order.create', 'work_order.update'] },
      schema: { tags: ['work orders'], response: { 200: assigneeList } },
    },
    async (request) => {
      const actor = requireActor(request);
      const planner = ['work_order.create', 'work_order.update'] as const;
      if (planner.every((action) => areaScope(workOrderPermissions, actor, action).kind === 'none'))
        throw forbidden();
      const rows = await app.db
        .selectDistinct({ id: users.id, name: users.displayName })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.organizationId, actor.organizationId),
            inArray(memberships.role, [...assignableRoles]),
            isNull(users.disabledAt),
          ),
        )
        .orderBy(asc(users.displayName), asc(users.id));
      return { items: rows };
    },
  );
};
