import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export type OutboxMail = { id: string; recipient: string; subject: string; body: string; createdAt: string };

/** The development outbox answers only when no SMTP server is configured. */
export function useOutbox() {
  return useQuery({
    queryKey: ['dev-outbox'],
    queryFn: () => api.get<{ items: OutboxMail[] }>('/api/dev/outbox'),
    retry: false,
  });
}

export function useOutboxAvailable(): boolean {
  return useOutbox().isSuccess;
}
