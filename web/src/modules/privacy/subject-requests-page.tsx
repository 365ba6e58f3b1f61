import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectCounts, SubjectQuery, SubjectSummary } from '../../../../common/contracts/privacy';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { ConfirmErase } from './confirm-erase';
import { downloadSubjectExport, eraseSubject } from './subject-requests-api';
import { SubjectSearchForm } from './subject-search-form';
import { SubjectSummaryView } from './subject-summary-view';

type Found = { query: SubjectQuery; summary: SubjectSummary };

/** Registrerades rättigheter: find a person's data by e-mail or phone, export it, erase it. */
export function SubjectRequestsPage() {
  const { t } = useTranslation();
  const [found, setFound] = useState<Found | null>(null);
  const [erased, setErased] = useState<SubjectCounts | null>(null);
  const [confirming, setConfirming] = useState(false);
  const download = useMutation({ mutationFn: downloadSubjectExport });
  const erase = useMutation({
    mutationFn: eraseSubject,
    onSuccess: (result) => {
      setErased(result.erased);
      setFound(null);
      setConfirming(false);
    },
  });
  const nothing = found && Object.values(found.summary.counts).every((count) => count === 0);
  return (
    <Page title={t('privacy.title')}>
      <Text>{t('privacy.intro')}</Text>
      <SubjectSearchForm
        onFound={(query, summary) => {
          setFound({ query, summary });
          setErased(null);
        }}
      />
      {erased && (
        <Alert color="green" role="status">
          {t('privacy.erased', erased)}
        </Alert>
      )}
      {found && nothing && <Alert role="status">{t('privacy.nothingFound')}</Alert>}
      {found && !nothing && (
        <>
          <SubjectSummaryView summary={found.summary} />
          <FormError error={download.error ?? erase.error} />
          <Group>
            {(['json', 'pdf'] as const).map((format) => (
              <Button
                key={format}
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                loading={download.isPending && download.variables?.format === format}
                onClick={() => download.mutate({ ...found.query, format })}
              >
                {t(format === 'json' ? 'privacy.exportJson' : 'privacy.exportPdf')}
              </Button>
            ))}
            <Button
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setConfirming(true)}
            >
              {t('privacy.erase')}
            </Button>
          </Group>
          <ConfirmErase
            opened={confirming}
            reference={found.query.reference}
            busy={erase.isPending}
            onConfirm={() => erase.mutate(found.query)}
            onClose={() => setConfirming(false)}
          />
        </>
      )}
    </Page>
  );
}
