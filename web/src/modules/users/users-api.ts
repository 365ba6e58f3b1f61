import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditList, UserView, userList } from '../../../../common/contracts/users';
import { api } from '../../app/api';

export type UserList = z.infer<typeof userList>;
export type AuditList = z.infer<typeof auditList>;

export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: () => api.get<UserList>('/api/users') });
}

export function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['users'] });
}

/** One change to a member (account or membership field), then the list is fetched again. */
export function usePatchMember() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ user, patch }: { user: UserView; patch: { disabled?: boolean; suspended?: boolean } }) =>
      api.patch(`/api/users/${user.id}`, patch),
    onSuccess: () => invalidate(),
  });
}

export function useRemoveMember(onDone: () => void) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (user: UserView) => api.delete(`/api/users/${user.id}`),
    onSuccess: async () => {
      await invalidate();
      onDone();
    },
  });
}

export function useWithdrawInvitation(onDone: () => void) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (invitationId: string) => api.delete(`/api/user-invitations/${invitationId}`),
    onSuccess: async () => {
      await invalidate();
      onDone();
    },
  });
}
