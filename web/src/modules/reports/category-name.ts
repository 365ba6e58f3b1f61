import type { ReportCategory } from '../../../../common/contracts/report-categories';

/** A category's name in the UI language, falling back to Swedish (always present). */
export function categoryName(category: Pick<ReportCategory, 'name'>, language: string): string {
  return category.name[language] ?? category.name.sv ?? Object.values(category.name)[0] ?? '';
}
