import type { ReportSource, ReportStatus } from '../../../../common/reporting';

/** The inbox's filters as the page holds them; the same set drives the list, map, counts and export. */
export type InboxFilters = {
  areaIds: string[];
  categoryIds: string[];
  statuses: ReportStatus[];
  sources: ReportSource[];
  minAgeDays: number | null;
  maxAgeDays: number | null;
  q: string;
};

/** Open reports: what a coordinator looks at first. */
export const defaultInboxFilters: InboxFilters = {
  areaIds: [],
  categoryIds: [],
  statuses: ['new', 'accepted', 'in_progress'],
  sources: [],
  minAgeDays: null,
  maxAgeDays: null,
  q: '',
};

/** The filters as query parameters (comma lists, empty ones left out), as the API reads them. */
export function filterParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  const list = (name: string, values: string[]) => {
    if (values.length > 0) params.set(name, values.join(','));
  };
  list('areaId', filters.areaIds);
  list('categoryId', filters.categoryIds);
  list('status', filters.statuses);
  list('source', filters.sources);
  if (filters.minAgeDays !== null) params.set('minAgeDays', String(filters.minAgeDays));
  if (filters.maxAgeDays !== null) params.set('maxAgeDays', String(filters.maxAgeDays));
  if (filters.q.trim()) params.set('q', filters.q.trim());
  return params;
}

/** `?a=b` or '' when there are no parameters. */
export function queryString(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}
