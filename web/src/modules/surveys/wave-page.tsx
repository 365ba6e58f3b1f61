import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChartBar, IconFileImport, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/anchor-link';
import { Page } from '../../app/page';
import { QueryPage } from '../../app/query-page';
import { ButtonLink } from './button-link';
import { ChangedAfterPublication } from './changed-after-publication';
import { InviteButton } from './invite-dialog';
import { LettersButton } from './letters-dialog';
import { OpenLinkFlags } from './open-link-flags';
import { OpenLinksButton } from './open-links-dialog';
import { RatesTable } from './rates-table';
import { ResponseRate } from './response-rate';
import type { WaveDetail } from './survey-types';
import { useWave } from './surveys-api';
import { usePeriod, WaveStatusBadge } from './wave-badges';
import { WaveEditButton } from './wave-edit-button';
import { WaveStatusActions } from './wave-status-actions';

export function WavePage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <QueryPage title={t('surveys.title')} query={useWave(id)}>
      {(wave) => <WaveView wave={wave} />}
    </QueryPage>
  );
}

/** One wave: its status and actions, then the live response rate per area and building. */
function WaveView({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation();
  const manage = wave.abilities.includes('survey.manage');
  const paper = wave.abilities.includes('survey.key_paper') || manage;
  return (
    <Page title={wave.name} actions={manage && <WaveStatusActions wave={wave} />}>
      <AnchorLink to="/surveys" size="sm">
        {t('surveys.back')}
      </AnchorLink>
      <WaveFacts wave={wave} />
      <Text size="sm" c="dimmed">
        {t('surveys.answerDelay', {
          sheets: wave.answerDelay.minSheets,
          wait: waitText(wave.answerDelay.maxSeconds),
        })}
      </Text>
      <ChangedAfterPublication at={wave.changedAfterPublicationAt} />
      <OpenLinkFlags flags={wave.openLinkFlags} />
      <Group gap="sm">
        {/* Letters and links invite answers, which a closed wave no longer takes. */}
        {manage && <WaveEditButton wave={wave} />}
        {manage && wave.status !== 'closed' && <LettersButton wave={wave} />}
        {manage && wave.status !== 'closed' && <OpenLinksButton waveId={wave.id} />}
        <InviteButton wave={wave} />
        {paper && (
          <ButtonLink
            to="/surveys/$id/paper"
            params={{ id: wave.id }}
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
          >
            {t('surveys.paper.button')}
          </ButtonLink>
        )}
        {manage && (
          <ButtonLink
            to="/surveys/$id/import"
            params={{ id: wave.id }}
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
          >
            {t('surveys.import.button')}
          </ButtonLink>
        )}
        {/* A plain link: the analysis pages are another module's routes. */}
        <Button
          component="a"
          href={`/surveys/analysis?waveId=${encodeURIComponent(wave.id)}`}
          variant="subtle"
          leftSection={<IconChartBar size={16} aria-hidden />}
        >
          {t('surveys.analysis')}
        </Button>
      </Group>
      <RatesTable wave={wave} />
    </Page>
  );
}

/** A wait as staff read it: seconds below two minutes, else whole minutes (unit symbols, no plural). */
const waitText = (seconds: number) => (seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`);

function WaveFacts({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation();
  const period = usePeriod();
  const facts: [string, ReactNode][] = [
    [t('surveys.status'), <WaveStatusBadge key="status" status={wave.status} />],
    [t('surveys.kind'), t(`surveys.kinds.${wave.kind}`)],
    [t('surveys.period'), period(wave)],
    [t('surveys.areas'), wave.areas.map((area) => area.name).join(', ')],
    [t('surveys.responses'), wave.responses],
    [t('surveys.responseRate'), <ResponseRate key="rate" rate={wave.responseRate} />],
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" m={0}>
      {facts.map(([term, value]) => (
        <Stack key={term} gap={2}>
          <Text component="dt" fw={600} size="sm">
            {term}
          </Text>
          <Text component="dd" ms={0} size="sm">
            {value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
