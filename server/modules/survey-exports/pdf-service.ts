import { renderPdf } from '../../platform/pdf';
import type { AnalysisContext } from '../survey-analysis/context';
import { areaReportDocument } from './pdf-document';
import { areaReportData } from './report-data';

/** The PDF report of one area in one wave (default the latest covering the area). */
export async function areaReportPdf(ctx: AnalysisContext, areaId: string, waveId?: string) {
  const data = await areaReportData(ctx, areaId, waveId);
  const slug = data.detail.area.name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  const stamp = data.detail.wave
    ? `${data.detail.wave.year}-${String(data.detail.wave.month).padStart(2, '0')}`
    : '';
  return {
    body: await renderPdf(areaReportDocument(data, ctx.locale)),
    filename: `${slug || 'area'}${stamp ? `-${stamp}` : ''}.pdf`,
  };
}
