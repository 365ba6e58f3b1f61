import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportCategory } from '../../../../common/contracts/report-categories';
import type {
  areaReportCounts,
  duplicateSuggestions,
  ReportDetail,
  reportFigures,
  reportList,
  reportMap,
} from '../../../../common/contracts/reports';
import { api } from '../../app/api';
import { filterParams, type InboxFilters, queryString } from './report-filters';

export type ReportList = z.infer<typeof reportList>;
export type AreaReportCounts = z.infer<typeof areaReportCounts>;
export type ReportMap = z.infer<typeof reportMap>;
export type DuplicateSuggestions = z.infer<typeof duplicateSuggestions>;
export type ReportFigures = z.infer<typeof reportFigures>;

// Every report query starts with 'reports' so one invalidation after a triage action refreshes
// the inbox, the counts, the map and the open detail page.
const root = 'reports';
const pageSize = 50;

/** The inbox list, paged by keyset ("Ladda fler" fetches the page before the last id). */
export function useReportList(filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: [root, 'list', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = filterParams(filters);
      params.set('limit', String(pageSize));
      if (pageParam) params.set('before', pageParam);
      return api.get<ReportList>(`/api/reports${queryString(params)}`);
    },
    getNextPageParam: (page) => page.nextBefore,
  });
}

export function useReportCounts(filters: InboxFilters) {
  return useQuery({
    queryKey: [root, 'counts', filters],
    queryFn: () => api.get<AreaReportCounts>(`/api/reports/counts${queryString(filterParams(filters))}`),
  });
}

export function useReport(id: string) {
  return useQuery({
    queryKey: [root, 'detail', id],
    queryFn: () => api.get<ReportDetail>(`/api/reports/${id}`),
  });
}

export function useDuplicateSuggestions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [root, 'suggestions', id],
    queryFn: () => api.get<DuplicateSuggestions>(`/api/reports/${id}/duplicates/suggestions`),
    enabled,
  });
}

export function useReportFigures(from: string, to: string) {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return useQuery({
    queryKey: [root, 'figures', from, to],
    queryFn: () => api.get<ReportFigures>(`/api/reports/figures${queryString(params)}`),
  });
}

/** The organization's categories (staff view, with pillar and target days). */
export function useReportCategories(includeArchived = false) {
  return useQuery({
    queryKey: ['report-categories', { includeArchived }],
    queryFn: () =>
      api.get<{ items: ReportCategory[] }>(
        `/api/report-categories${includeArchived ? '?includeArchived=true' : ''}`,
      ),
    staleTime: 60_000,
  });
}

export function useInvalidateReports() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [root] });
}
