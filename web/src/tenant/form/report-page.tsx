/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { ReportForm as FormData, ReportReceipt } from '../../../../common/contracts/public-reports';
import type { FormTarget } from '../api';
import { useI18n } from '../i18n/i18n-context';
import { LoadProblem } from '../load-problem';
import { useNoticeOrganization } from '../privacy/notice-organization';
import { useLoad } from '../use-load';
import { loadForm } from './form-loader';
import { Receipt } from './receipt';
import { ReportForm } from './report-form';
import { useDraft } from './use-draft';

type Props = { target: FormTarget; draftKey: string };

/** /e/<token> and /report/<org>: the form, then the receipt. */
export function ReportPage({ target, draftKey }: Props) {
  const { t, locale } = useI18n();
  const form = useLoad(() => loadForm(target, locale), [target.entrance, target.org, locale]);
  return (
    <>
      <h1>{t('formTitle')}</h1>
      {form.data ? (
        <Loaded form={form.data} draftKey={draftKey} />
      ) : form.error ? (
        <LoadProblem error={form.error} onRetry={form.reload} />
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </>
  );
}

function Loaded({ form, draftKey }: { form: FormData; draftKey: string }) {
  const { t } = useI18n();
  const state = useDraft(draftKey, form.place);
  useNoticeOrganization(form.organization.slug);
  const [receipt, setReceipt] = useState<ReportReceipt | null>(null);
  if (receipt)
    return (
      <Receipt
        receipt={receipt}
        onNew={() => {
          setReceipt(null);
          window.scrollTo(0, 0);
        }}
      />
    );
  return (
    <>
      <p class="intro">{t('formIntro', { org: form.organization.name })}</p>
      <ReportForm
        form={form}
        state={state}
        onReceived={(answer) => {
          state.reset();
          setReceipt(answer);
        }}
      />
    </>
  );
}
