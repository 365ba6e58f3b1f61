import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PeriodFrame } from '../../../../common/contracts/survey-analysis';
import { api } from '../../app/api';
import type {
  AreaAnalysis,
  Benchmark,
  Choropleth,
  Comparison,
  Overview,
  SignalItem,
  SurveyQuestionList,
} from './analysis-types';

// Every analysis query starts with 'survey-analysis' so a saved target refreshes every page.
const root = 'survey-analysis';

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function useOverview(measure: string, by: PeriodFrame) {
  return useQuery({
    queryKey: [root, 'overview', measure, by],
    queryFn: () => api.get<Overview>(`/api/survey-analysis/overview${query({ measure, by })}`),
  });
}

/** One area in a wave (default the latest); buildings and breakdowns are for `measure`. */
export function useAreaAnalysis(
  areaId: string,
  choice: { waveId?: string; by?: PeriodFrame; measure?: string },
) {
  const { waveId, by, measure } = choice;
  return useQuery({
    queryKey: [root, 'area', areaId, waveId ?? 'latest', by ?? 'wave', measure ?? 'index'],
    queryFn: () =>
      api.get<AreaAnalysis>(`/api/survey-analysis/areas/${areaId}${query({ waveId, by, measure })}`),
    placeholderData: keepPreviousData,
  });
}

export function useSignals() {
  return useQuery({
    queryKey: [root, 'signals'],
    queryFn: () => api.get<{ items: SignalItem[] }>('/api/survey-analysis/signals'),
  });
}

export function useCompare(areaIds: string[], waveId: string | undefined, measure: string) {
  return useQuery({
    queryKey: [root, 'compare', areaIds, waveId, measure],
    queryFn: () =>
      api.get<Comparison>(
        `/api/survey-analysis/compare${query({ areaIds: areaIds.join(','), waveId, measure })}`,
      ),
    enabled: areaIds.length >= 2 && Boolean(waveId),
  });
}

export function useChoropleth(waveId: string | undefined, measure: string) {
  return useQuery({
    queryKey: [root, 'map', waveId, measure],
    queryFn: () => api.get<Choropleth>(`/api/survey-analysis/map${query({ waveId, measure })}`),
    enabled: Boolean(waveId),
  });
}

export function useBenchmark(measure: string, year: number | undefined) {
  return useQuery({
    queryKey: [root, 'benchmark', measure, year],
    queryFn: () =>
      api.get<Benchmark>(`/api/survey-analysis/benchmark${query({ measure, year: year?.toString() })}`),
  });
}

/** The measures an organization can analyse: its indexes and scale questions. */
export function useSurveyQuestions() {
  return useQuery({
    queryKey: ['survey-questions'],
    queryFn: () => api.get<SurveyQuestionList>('/api/survey-questions'),
    staleTime: 5 * 60_000,
  });
}

export function useBenchmarkOptIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (optIn: boolean) =>
      api.put<{ optIn: boolean }>('/api/organization/survey-benchmark', { optIn }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [root, 'benchmark'] }),
  });
}
