import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { maxPublicSummaryLength, type PublicSummaryView } from '../../../../common/contracts/open311';
import type { ReportDetail } from '../../../../common/contracts/reports';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { useFormMutation } from '../../app/use-form-mutation';
import { Notice } from './notice';
import { usePublicSummary, useSetSummary, useWithdrawSummary } from './public-summary-api';
import { formatDateTime } from './report-age';

/**
 * "Publik sammanfattning": shown while the organization publishes moderated summaries (and
 * while an approved one is stored, so it can be withdrawn). Public Open311 reads show the
 * approved text instead of nothing; the tenant's own words never.
 */
export function PublicSummarySection({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const view = usePublicSummary(report.id);
  if (!view.data || (!view.data.publishSummaries && !view.data.summary)) return null;
  const { summary, eligible, canModerate, publishSummaries } = view.data;
  return (
    <Stack component="section" aria-labelledby="public-summary-heading" gap="xs">
      <Title order={2} size="h4" id="public-summary-heading">
        {t('reports.publicSummary.title')}
      </Title>
      {!eligible && <Text>{t('reports.publicSummary.restricted')}</Text>}
      {eligible && !summary && <Text>{t('reports.publicSummary.none')}</Text>}
      {!publishSummaries && <Text>{t('reports.publicSummary.off')}</Text>}
      {summary && (
        <ApprovedSummary
          reportId={report.id}
          summary={summary}
          canModerate={canModerate}
          published={publishSummaries}
        />
      )}
      {canModerate && publishSummaries && <SummaryForm report={report} current={summary?.text ?? ''} />}
    </Stack>
  );
}

type Summary = NonNullable<PublicSummaryView['summary']>;

type ApprovedProps = { reportId: string; summary: Summary; canModerate: boolean; published: boolean };

function ApprovedSummary(props: ApprovedProps) {
  const { t, i18n } = useTranslation();
  const withdraw = useWithdrawSummary(props.reportId);
  const { summary } = props;
  return (
    <>
      <Notice
        color="green-9"
        title={t(props.published ? 'reports.publicSummary.published' : 'reports.publicSummary.approvedText')}
      >
        {summary.text}
      </Notice>
      <Text size="sm">
        {t('reports.publicSummary.approvedBy', {
          name: summary.approvedByName ?? t('app.none'),
          date: formatDateTime(summary.approvedAt, i18n.language),
        })}
      </Text>
      <FormError error={withdraw.error} />
      {props.canModerate && (
        <Button
          variant="default"
          w="fit-content"
          loading={withdraw.isPending}
          onClick={() =>
            withdraw.mutate(undefined, {
              onSuccess: () => notifySuccess(t('reports.publicSummary.withdrawn')),
            })
          }
        >
          {t('reports.publicSummary.withdraw')}
        </Button>
      )}
    </>
  );
}

/** Staff write the text; the description may be copied in as a start, but only approving publishes it. */
function SummaryForm({ report, current }: { report: ReportDetail; current: string }) {
  const { t } = useTranslation();
  const setSummary = useSetSummary(report.id);
  const form = useForm({ initialValues: { text: current } });
  const approve = useFormMutation(
    form,
    (values: typeof form.values) =>
      api.put<PublicSummaryView>(`/api/reports/${report.id}/public-summary`, values),
    (view) => {
      setSummary(view);
      notifySuccess(t('reports.publicSummary.approved'));
    },
  );
  const description = report.description;
  return (
    <MutationForm form={form} mutation={approve}>
      <Textarea
        label={t('reports.publicSummary.text')}
        description={t('reports.publicSummary.hint', { max: maxPublicSummaryLength })}
        autosize
        minRows={2}
        maxLength={maxPublicSummaryLength}
        {...form.getInputProps('text')}
      />
      <Group gap="xs">
        {description && (
          <Button
            variant="default"
            onClick={() => form.setFieldValue('text', description.slice(0, maxPublicSummaryLength))}
          >
            {t('reports.publicSummary.prefill')}
          </Button>
        )}
        <Button type="submit" loading={approve.isPending}>
          {t('reports.publicSummary.approve')}
        </Button>
      </Group>
    </MutationForm>
  );
}
