import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ColumnHeadings } from './column-headings';
import { ResponseRate } from './response-rate';
import type { AreaRate, WaveDetail } from './survey-types';

const columns = [
  'households',
  'codesIssued',
  'codesUsed',
  'openLinkResponses',
  'paperResponses',
  'responses',
  'responseRate',
] as const;

/**
 * Live response rate per area, with its buildings under it. Each area is its own row group, so a
 * building's cells are announced with both the building and its area.
 */
export function RatesTable({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="rates-heading">
      <Title order={2} size="h3" id="rates-heading" mb={4}>
        {t('surveys.ratesTitle')}
      </Title>
      {wave.status === 'open' && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('surveys.live')}
        </Text>
      )}
      {wave.rates.length === 0 ? (
        <Text>{t('surveys.ratesEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
          <Table>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
              {t('surveys.ratesCaption', { name: wave.name })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.place')}</Table.Th>
                <ColumnHeadings columns={columns} />
              </Table.Tr>
            </Table.Thead>
            {wave.rates.map((area) => (
              <AreaRows key={area.areaId} area={area} />
            ))}
          </Table>
        </Table.ScrollContainer>
      )}
      {wave.rates.length > 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('surveys.steppedNote')}
        </Text>
      )}
    </section>
  );
}

function AreaRows({ area }: { area: AreaRate }) {
  const { t } = useTranslation();
  // The server sends a building's live counts rounded down to steps of five: say the range.
  const stepped = (n: number) => t('surveys.stepped', { from: n, to: n + 4 });
  return (
    <Table.Tbody>
      <Table.Tr bg="gray.0">
        <Table.Th scope="rowgroup">{t('surveys.areaTotal', { name: area.areaName })}</Table.Th>
        <Table.Td fw={600}>{area.households}</Table.Td>
        <Table.Td fw={600}>{area.codesIssued}</Table.Td>
        <Table.Td fw={600}>{area.codesUsed}</Table.Td>
        <Table.Td fw={600}>{area.openLinkResponses}</Table.Td>
        <Table.Td fw={600}>{area.paperResponses}</Table.Td>
        <Table.Td fw={600}>{area.responses}</Table.Td>
        <Table.Td>
          <ResponseRate rate={area.responseRate} />
        </Table.Td>
      </Table.Tr>
      {area.buildings.map((building) => (
        <Table.Tr key={building.buildingId}>
          <Table.Th scope="row" fw={400} ps="lg">
            {building.address}
          </Table.Th>
          <Table.Td>{building.households}</Table.Td>
          <Table.Td>{building.codesIssued}</Table.Td>
          <Table.Td>{stepped(building.codesUsed)}</Table.Td>
          <Table.Td>{t('app.none')}</Table.Td>
          <Table.Td>{t('app.none')}</Table.Td>
          <Table.Td>{stepped(building.responses)}</Table.Td>
          <Table.Td>
            <ResponseRate rate={building.responseRate} />
          </Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  );
}
