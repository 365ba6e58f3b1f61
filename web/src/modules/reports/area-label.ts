import type { TFunction } from 'i18next';
import type { ReportSummary } from '../../../../common/contracts/reports';

/**
 * The area part of a report's place: its area's name, or "outside the areas" when it was placed
 * by a position that lies in none of them (staff should see it may not be theirs).
 */
export function areaLabel(report: Pick<ReportSummary, 'areaName' | 'outsideAreas'>, t: TFunction) {
  return report.outsideAreas ? t('reports.outsideAreas') : report.areaName;
}
