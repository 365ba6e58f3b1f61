import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { open311ApiKey, open311ApiKeyCreated } from '../../../../common/contracts/open311';
import type { externalBody, responseTemplate } from '../../../../common/contracts/reports';
import { api } from '../../app/api';

export type ExternalBody = z.infer<typeof externalBody>;
export type ResponseTemplate = z.infer<typeof responseTemplate>;
/** An Open311 API key as listed; the secret itself is only in the answer that created it. */
export type Open311Key = z.infer<typeof open311ApiKey>;
export type CreatedOpen311Key = z.infer<typeof open311ApiKeyCreated>;

export function useExternalBodies(includeArchived = false) {
  return useQuery({
    queryKey: ['external-bodies', { includeArchived }],
    queryFn: () =>
      api.get<{ items: ExternalBody[] }>(
        `/api/external-bodies${includeArchived ? '?includeArchived=true' : ''}`,
      ),
  });
}

export function useResponseTemplates() {
  return useQuery({
    queryKey: ['response-templates'],
    queryFn: () => api.get<{ items: ResponseTemplate[] }>('/api/response-templates'),
  });
}

export function useOpen311Keys() {
  return useQuery({
    queryKey: ['open311-keys'],
    queryFn: () => api.get<{ items: Open311Key[] }>('/api/open311-keys'),
  });
}

/** Refreshes one settings list after a change (its first query-key part). */
export function useInvalidate(
  key: 'external-bodies' | 'response-templates' | 'open311-keys' | 'report-categories',
) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [key] });
}
