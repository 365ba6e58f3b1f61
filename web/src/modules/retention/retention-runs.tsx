import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RetentionView } from '../../../../common/contracts/retention';

type Run = RetentionView['runs'][number];
type Kind = keyof typeof import('./catalogue-sv').retentionSv.kinds;

const statusOf = (run: Run) => (run.failed ? 'failed' : run.finishedAt ? 'done' : 'running');

/** The latest retention runs: what kind, which rule and decision, how many rows, when. */
export function RetentionRuns({ runs }: { runs: Run[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="retention-runs-heading" gap="xs">
      <Title order={3} id="retention-runs-heading">
        {t('retention.runs')}
      </Title>
      {runs.length === 0 ? (
        <Text>{t('retention.noRuns')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('retention.startedAt')}</Table.Th>
                <Table.Th>{t('retention.kind')}</Table.Th>
                <Table.Th>{t('retention.rule')}</Table.Th>
                <Table.Th>{t('retention.decision')}</Table.Th>
                <Table.Th>{t('retention.rows')}</Table.Th>
                <Table.Th>{t('retention.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.map((run) => (
                <Table.Tr key={run.id}>
                  <Table.Td>{new Date(run.startedAt).toLocaleString(i18n.language)}</Table.Td>
                  <Table.Td>{t(`retention.kinds.${run.kind as Kind}`)}</Table.Td>
                  <Table.Td>
                    {t('retention.periodOf', {
                      period: run.period,
                      unit: t(`retention.units.${run.unit as 'days' | 'months'}`),
                    })}
                  </Table.Td>
                  <Table.Td>{run.decision ?? t('app.none')}</Table.Td>
                  <Table.Td>{run.rows}</Table.Td>
                  <Table.Td>{t(`retention.statuses.${statusOf(run)}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
