import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../common/roles';
import { membershipAreas, memberships, organizations, users } from '../db/schema';
import { areas } from '../db/schema/places';
import { installDefaultCategories } from '../modules/reports/categories/default-categories';
import { hashPassword } from '../platform/auth/passwords';
import { sessionCookieName } from '../platform/auth/plugin';
import { createSession, resolveSession } from '../platform/auth/sessions';
import { newId } from '../platform/ids';

/** The password every factory-made user has. */
export const testPassword = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

export async function createOrganization(
  app: FastifyInstance,
  overrides: { name?: string; requireTwoFactor?: boolean } = {},
) {
  const id = newId();
  const row = {
    id,
    name: overrides.name ?? `Org ${id.slice(-6)}`,
    slug: `org-${id}`,
    requireTwoFactor: overrides.requireTwoFactor ?? false,
  };
  await app.db.insert(organizations).values(row);
  await installDefaultCategories(app.db, id);
  return row;
}

export async function createArea(
  app: FastifyInstance,
  organizationId: string,
  overrides: { name?: string; code?: string } = {},
) {
  const id = newId();
  const row = {
    organizationId,
    id,
    name: overrides.name ?? `Area ${id.slice(-4)}`,
    code: overrides.code ?? `A-${id.slice(-8)}`,
  };
  await app.db.insert(areas).values(row);
  return row;
}

export async function createUser(
  app: FastifyInstance,
  input: { organizationId: string; role: Role; areaIds?: string[]; email?: string; locale?: string },
) {
  passwordHash ??= hashPassword(testPassword);
  const id = newId();
  const user = {
    id,
    email: input.email ?? `user-${id}@test.trygg.local`,
    displayName: `Test ${input.role}`,
    passwordHash: await passwordHash,
    locale: input.locale ?? 'en',
  };
  await app.db.insert(users).values(user);
  await addMembership(app, { ...input, userId: id });
  return user;
}

export async function addMembership(
  app: FastifyInstance,
  input: { organizationId: string; userId: string; role: Role; areaIds?: string[] },
) {
  const membershipId = newId();
  await app.db.insert(memberships).values({
    organizationId: input.organizationId,
    id: membershipId,
    userId: input.userId,
    role: input.role,
    allAreas: input.areaIds === undefined,
  });
  for (const areaId of input.areaIds ?? []) {
    await app.db
      .insert(membershipAreas)
      .values({ organizationId: input.organizationId, membershipId, areaId });
  }
}

/** An HTTP client logged in as one user: sends the session cookie and CSRF token like the web app. */
export type Client = {
  userId: string;
  organizationId: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
};

export async function clientFor(
  app: FastifyInstance,
  userId: string,
  organizationId: string,
): Promise<Client> {
  const token = await createSession(app.db, app.config, { userId, organizationId, awaitingTwoFactor: false });
  const auth = await resolveSession(app.db, app.config, token);
  const cookies = { [sessionCookieName(app.config)]: token };
  const headers = { 'x-csrf-token': auth?.session.csrfToken ?? '' };
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      cookies: { ...cookies, ...options.cookies },
      headers: { ...headers, ...options.headers },
    });
  return {
    userId,
    organizationId,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

/** A fresh organization (unless given) and a logged-in user holding one role in it. */
export async function loginAs(
  app: FastifyInstance,
  role: Role,
  options: { organizationId?: string; areaIds?: string[] } = {},
): Promise<Client> {
  const organizationId = options.organizationId ?? (await createOrganization(app)).id;
  const user = await createUser(app, { organizationId, role, areaIds: options.areaIds });
  return clientFor(app, user.id, organizationId);
}
