import { Button, Modal, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { breakGlassMinutes, type ReportDetail } from '../../../../common/contracts/reports';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { Notice } from './notice';
import { formatDateTime } from './report-age';

/**
 * What a restricted report's page says about its content: hidden (with the break-glass button for
 * those who may), open by break-glass until a time, or open to the social team — and that every
 * read is logged. Nothing for an ordinary report.
 */
export function RestrictedContentNotice({ report }: { report: ReportDetail }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  if (report.contentAccess === 'open') return null;
  if (report.contentAccess === 'role')
    return <Text size="sm">{t('reports.restrictedAccess.readLogged')}</Text>;
  if (report.contentAccess === 'break_glass') {
    const until = formatDateTime(report.breakGlassUntil ?? '', i18n.language);
    return (
      <Notice color="red-9" title={t('reports.restrictedAccess.openTitle')}>
        {t('reports.restrictedAccess.openUntil', { until })}
      </Notice>
    );
  }
  const canBreak = report.abilities.includes('report.break_glass');
  return (
    <Notice color="orange-9" title={t('reports.restrictedAccess.hiddenTitle')}>
      {t('reports.restrictedAccess.hidden')}
      {canBreak && (
        <>
          <br />
          <Button mt="xs" color="red.9" onClick={() => setOpen(true)}>
            {t('reports.restrictedAccess.button')}
          </Button>
          <Modal
            opened={open}
            onClose={() => setOpen(false)}
            title={t('reports.restrictedAccess.dialogTitle')}
          >
            {open && <BreakGlassForm reportId={report.id} onDone={() => setOpen(false)} />}
          </Modal>
        </>
      )}
    </Notice>
  );
}

/** The reason, then the grant: the answer is the report with its content, put in the page's cache. */
function BreakGlassForm({ reportId, onDone }: { reportId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { reason: '' } });
  const save = useFormMutation(
    form,
    (values: typeof form.values) => api.post<ReportDetail>(`/api/reports/${reportId}/break-glass`, values),
    (detail) => {
      queryClient.setQueryData(['reports', 'detail', reportId], detail);
      onDone();
    },
  );
  return (
    <MutationForm form={form} mutation={save}>
      <Text size="sm">{t('reports.restrictedAccess.explain', { minutes: breakGlassMinutes })}</Text>
      <Textarea
        label={t('reports.restrictedAccess.reason')}
        description={t('reports.restrictedAccess.reasonHint')}
        required
        autosize
        minRows={3}
        data-autofocus
        {...form.getInputProps('reason')}
      />
      <FormActions
        busy={save.isPending}
        onCancel={onDone}
        submitLabel={t('reports.restrictedAccess.submit')}
      />
    </MutationForm>
  );
}
