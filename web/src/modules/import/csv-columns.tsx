import { Code, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const columns = [
  'area_code',
  'building_external_id',
  'address',
  'property_designation',
  'building_name',
  'building_x',
  'building_y',
  'entrance_label',
  'entrance_x',
  'entrance_y',
] as const;

/** The CSV format, documented where people prepare the file. */
export function CsvColumns() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="csv-columns-heading">
      <Title order={2} size="h3" id="csv-columns-heading" mb="xs">
        {t('import.columnsTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('import.columnsIntro')}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('import.column')}</Table.Th>
              <Table.Th scope="col">{t('import.meaning')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {columns.map((column) => (
              <Table.Tr key={column}>
                <Table.Td>
                  <Code>{column}</Code>
                </Table.Td>
                <Table.Td>{t(`import.columns.${column}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
