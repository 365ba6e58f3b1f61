import type {
  ErasureResult,
  SubjectExportQuery,
  SubjectQuery,
  SubjectSummary,
} from '../../../../common/contracts/privacy';
import { api } from '../../app/api';

const base = '/api/privacy/subject-requests';

/** The person's data in the organization, counted and listed (the search is logged with the reference). */
export const searchSubject = (query: SubjectQuery) => api.post<SubjectSummary>(`${base}/search`, query);

/** Erases the person's data in the organization. */
export const eraseSubject = (query: SubjectQuery) => api.post<ErasureResult>(`${base}/erase`, query);

/** Downloads the export: a POST (the address stays out of URLs), then saved through a temporary link. */
export async function downloadSubjectExport(query: SubjectExportQuery): Promise<void> {
  const { blob, filename } = await api.postForFile(`${base}/export`, query);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
