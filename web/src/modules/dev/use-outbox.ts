import { useQuery } from '@tanstack/react-query';
import type { OutboxMail } from '../../../../common/contracts/outbox';
import { api } from '../../app/api';
import { useClientConfig } from '../../app/client-config';
import { useAbility } from '../../app/session';

/** The demo outbox: the admin's organization's kept mail (403 for others, 404 outside demo mode). */
export function useOutbox() {
  return useQuery({
    queryKey: ['dev-outbox'],
    queryFn: () => api.get<{ items: OutboxMail[] }>('/api/dev/outbox'),
    retry: false,
  });
}

/** Whether the outbox belongs in this user's navigation: an admin of a demo installation that keeps mail. */
export function useOutboxShown(): boolean {
  const config = useClientConfig();
  return useAbility('outbox.read') && config.data?.mailDelivery === 'outbox';
}
