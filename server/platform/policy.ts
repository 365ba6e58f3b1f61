import type { Role } from '../../common/roles';
import type { Actor } from './actor';
import { forbidden, notFound } from './errors';

/**
 * Each domain's policy.ts declares which roles may perform which action as a plain table.
 * Unknown actions or roles are denied (fail closed).
 */
export type Permissions<A extends string> = Record<A, readonly Role[]>;

/** The area scope in which the actor may perform an action: every area, a list, or none. */
export type AreaScope = { kind: 'all' } | { kind: 'some'; areaIds: string[] } | { kind: 'none' };

export function areaScope<A extends string>(table: Permissions<A>, actor: Actor, action: A): AreaScope {
  const allowed = table[action] ?? [];
  const grants = actor.grants.filter((grant) => allowed.includes(grant.role));
  if (grants.length === 0) return { kind: 'none' };
  if (grants.some((grant) => grant.areas === 'all')) return { kind: 'all' };
  const areaIds = [...new Set(grants.flatMap((grant) => (grant.areas === 'all' ? [] : grant.areas)))];
  return { kind: 'some', areaIds };
}

/** May the actor do this, to a thing in this area (or to the organization as a whole when areaId is omitted)? */
export function allows<A extends string>(
  table: Permissions<A>,
  actor: Actor,
  action: A,
  areaId?: string | null,
): boolean {
  const scope = areaScope(table, actor, action);
  if (scope.kind === 'none') return false;
  if (scope.kind === 'all') return true;
  return areaId != null && scope.areaIds.includes(areaId);
}

/** Throws forbidden unless the actor may perform the action (on a thing they can already see). */
export function authorize<A extends string>(
  table: Permissions<A>,
  actor: Actor,
  action: A,
  areaId?: string | null,
): void {
  if (!allows(table, actor, action, areaId)) throw forbidden();
}

/**
 * Throws not_found rather than forbidden when the actor may not read the thing, so existence
 * never leaks across area scopes (other organizations' rows are never even loaded).
 */
export function ensureVisible<A extends string>(
  table: Permissions<A>,
  actor: Actor,
  action: A,
  areaId?: string | null,
): void {
  if (!allows(table, actor, action, areaId)) throw notFound();
}

/** Every action of a table the actor may perform somewhere: sent to the UI as its abilities. */
export function abilities<A extends string>(table: Permissions<A>, actor: Actor): A[] {
  return (Object.keys(table) as A[]).filter((action) => areaScope(table, actor, action).kind !== 'none');
}
