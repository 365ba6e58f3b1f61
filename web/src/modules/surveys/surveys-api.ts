import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useSession } from '../../app/session';
import type { OpenLink, SurveyQuestions, WaveDetail, WavePatch, WaveSummary } from './survey-types';

// Every survey query starts with 'surveys'; a change refreshes the list and the wave together.
const root = 'surveys';
/** While a wave is open its response rate is live: fetched again this often. */
const liveInterval = 15_000;

export function useWaves() {
  return useQuery({
    queryKey: [root, 'waves'],
    queryFn: () => api.get<{ items: WaveSummary[] }>('/api/survey-waves'),
  });
}

export function useWave(id: string) {
  return useQuery({
    queryKey: [root, 'wave', id],
    queryFn: () => api.get<WaveDetail>(`/api/survey-waves/${id}`),
    refetchInterval: (query) => (query.state.data?.status === 'open' ? liveInterval : false),
  });
}

/** The question bank: the default questionnaire and the organization's own questions. */
export function useSurveyQuestions() {
  return useQuery({
    queryKey: [root, 'questions'],
    queryFn: () => api.get<SurveyQuestions>('/api/survey-questions'),
    staleTime: 5 * 60_000,
  });
}

export function useOpenLinks(waveId: string, enabled: boolean) {
  return useQuery({
    queryKey: [root, 'open-links', waveId],
    queryFn: () => api.get<{ items: OpenLink[] }>(`/api/survey-waves/${waveId}/open-links`),
    enabled,
  });
}

export function useInvalidateSurveys() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [root] });
}

export function usePatchWave(id: string, onDone?: () => void) {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: (patch: WavePatch) => api.patch<WaveDetail>(`/api/survey-waves/${id}`, patch),
    onSuccess: async () => {
      await invalidate();
      onDone?.();
    },
  });
}

/** What a multipart or file request needs that the JSON client keeps to itself. */
export function useRequestOptions() {
  const session = useSession();
  const { i18n } = useTranslation();
  return { csrfToken: session.data?.csrfToken ?? null, language: i18n.language };
}
