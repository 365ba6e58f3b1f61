import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionView } from '../../../common/contracts/session';
import { applyLanguage } from '../i18n';
import { api, setCsrfToken } from './api';

export const sessionKey = ['session'] as const;

async function fetchSession(): Promise<SessionView> {
  const session = await api.get<SessionView>('/api/session');
  setCsrfToken(session.csrfToken);
  if (session.user) applyLanguage(session.user.locale);
  return session;
}

/** Who is logged in; every page reads abilities from here rather than checking roles. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** True when the session grants the ability somewhere in the organization. */
export function useAbility(ability: string): boolean {
  const { data } = useSession();
  return data?.abilities.includes(ability) ?? false;
}

/**
 * After login, logout or an organization switch every cached answer belongs to someone else:
 * drop them all and fetch the session again.
 */
export function useResetSession() {
  const queryClient = useQueryClient();
  return async () => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    await queryClient.refetchQueries({ queryKey: sessionKey });
  };
}

/**
 * Ends the session and reloads the login page: a full load drops every cached answer and
 * every piece of in-memory state that belonged to the user, with no redirect race.
 */
export async function logout(): Promise<void> {
  await api.post('/api/session/logout').catch(() => undefined);
  window.location.assign('/login');
}
