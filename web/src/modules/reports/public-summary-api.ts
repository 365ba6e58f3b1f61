import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublicSummaryView } from '../../../../common/contracts/open311';
import { api } from '../../app/api';

const keyOf = (reportId: string) => ['public-summary', reportId] as const;

/** The report's public summary, and whether the organization publishes summaries at all. */
export function usePublicSummary(reportId: string) {
  return useQuery({
    queryKey: keyOf(reportId),
    queryFn: () => api.get<PublicSummaryView>(`/api/reports/${reportId}/public-summary`),
  });
}

/** Withdraws the approved summary; public reads show no text again at once. */
export function useWithdrawSummary(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<PublicSummaryView>(`/api/reports/${reportId}/public-summary`),
    onSuccess: (view) => queryClient.setQueryData(keyOf(reportId), view),
  });
}

export function useSetSummary(reportId: string) {
  const queryClient = useQueryClient();
  return (view: PublicSummaryView) => queryClient.setQueryData(keyOf(reportId), view);
}
