import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { surveysSv } from './catalogue-sv';

/** A key of the `surveys` texts whose text is a plain string, usable as a column heading. */
export type SurveyColumn = {
  [K in keyof typeof surveysSv]: (typeof surveysSv)[K] extends string ? K : never;
}[keyof typeof surveysSv];

/**
 * The column headings of a survey table, each named by its `surveys` text. Shared by the list of
 * waves and the table of response rates, whose columns use the same names.
 */
export function ColumnHeadings({ columns }: { columns: readonly SurveyColumn[] }) {
  const { t } = useTranslation();
  return columns.map((key) => (
    <Table.Th key={key} scope="col">
      {t(`surveys.${key}`)}
    </Table.Th>
  ));
}
