import { Button, Group, Loader, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/anchor-link';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { useAbility } from '../../app/session';
import { ColumnHeadings } from './column-headings';
import { HiddenCaption } from './hidden-caption';
import { QuestionBankLink } from './questions-page';
import { ResponseRate } from './response-rate';
import type { WaveSummary } from './survey-types';
import { useWaves } from './surveys-api';
import { usePeriod, WaveStatusBadge } from './wave-badges';

/** Enkäter: every survey wave the actor may see, with its response rate. */
export function WavesPage() {
  const { t } = useTranslation();
  const waves = useWaves();
  const canManage = useAbility('survey.manage');
  const actions = (
    <Group gap="sm">
      <QuestionBankLink />
      {canManage && (
        <Button component={Link} to="/surveys/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('surveys.new')}
        </Button>
      )}
    </Group>
  );
  return (
    <Page title={t('surveys.title')} actions={actions}>
      <Text>{t('surveys.intro')}</Text>
      <FormError error={waves.error} />
      {waves.isPending && <Loader aria-label={t('app.loading')} />}
      {waves.data && <WaveTable items={waves.data.items} />}
    </Page>
  );
}

const columns = ['name', 'kind', 'status', 'period', 'areas', 'responses', 'responseRate'] as const;

function WaveTable({ items }: { items: WaveSummary[] }) {
  const { t } = useTranslation();
  const period = usePeriod();
  if (items.length === 0) return <Text>{t('surveys.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={860} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
      <Table striped highlightOnHover>
        <HiddenCaption>{t('surveys.listCaption')}</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            <ColumnHeadings columns={columns} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((wave) => (
            <Table.Tr key={wave.id}>
              <Table.Th scope="row" fw={400}>
                <AnchorLink to="/surveys/$id" params={{ id: wave.id }}>
                  {wave.name}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{t(`surveys.kinds.${wave.kind}`)}</Table.Td>
              <Table.Td>
                <WaveStatusBadge status={wave.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{period(wave)}</Table.Td>
              <Table.Td>{wave.areas.map((area) => area.name).join(', ')}</Table.Td>
              <Table.Td>{wave.responses}</Table.Td>
              <Table.Td>
                <ResponseRate rate={wave.responseRate} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
