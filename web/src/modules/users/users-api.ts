import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditList, userList } from '../../../../common/contracts/users';
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
