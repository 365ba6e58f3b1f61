import { useQuery } from '@tanstack/react-query';
import type { ClientConfig } from '../../../common/contracts/client-config';
import { api } from './api';

/** The installation's settings for the web app (base map, demo mode, mail); they do not change while it runs. */
export function useClientConfig() {
  return useQuery({
    queryKey: ['client-config'],
    queryFn: () => api.get<ClientConfig>('/api/client-config'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
