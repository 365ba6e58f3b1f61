import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FreeTextItem, FreeTextList, Heatmap } from '../../../../common/contracts/survey-texts';
import { api } from '../../app/api';

const root = 'survey-texts';

export type FreeTextFilters = {
  waveId?: string;
  areaId?: string;
  theme?: string;
  q?: string;
  offset: number;
};

function search(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  return query.toString();
}

export function useFreeText(filters: FreeTextFilters, enabled: boolean) {
  return useQuery({
    queryKey: [root, 'list', filters],
    queryFn: () => api.get<FreeTextList>(`/api/survey-analysis/free-text?${search(filters)}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useHeatmap(waveId: string, areaId: string) {
  return useQuery({
    queryKey: [root, 'heatmap', waveId, areaId],
    queryFn: () => api.get<Heatmap>(`/api/survey-analysis/heatmap?${search({ waveId, areaId })}`),
  });
}

export type ThemeCorrection = { responseId: string; themeKey: string; action: 'add' | 'remove' | 'clear' };

/** Adds or removes a theme on one answer, or clears staff's earlier correction. */
export function useCorrectTheme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ responseId, themeKey, action }: ThemeCorrection) => {
      const path = `/api/survey-analysis/free-text/${responseId}/themes/${encodeURIComponent(themeKey)}`;
      return action === 'clear' ? api.delete<FreeTextItem>(path) : api.put<FreeTextItem>(path, { action });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [root, 'list'] }),
  });
}
