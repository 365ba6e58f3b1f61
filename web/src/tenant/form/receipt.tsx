/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportReceipt } from '../../../../common/contracts/public-reports';
import { useI18n } from '../i18n/i18n-context';

type Props = { receipt: ReportReceipt; onNew(): void };

/** The tracking code, big and copyable, and the way to the status page. */
export function Receipt({ receipt, onNew }: Props) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const copy = () =>
    navigator.clipboard?.writeText(receipt.trackingCode).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <section class="receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" tabIndex={-1} ref={heading}>
        {t('receiptTitle')}
      </h2>
      {receipt.alreadyReceived && <p>{t('receiptAlready')}</p>}
      <p class="code-label">{t('trackingCodeLabel')}</p>
      <p class="tracking-code" dir="ltr" data-testid="tracking-code">
        {receipt.trackingCode}
      </p>
      <p>{t('receiptKeep')}</p>
      <div class="row">
        <button type="button" class="secondary" onClick={copy}>
          {t('copy')}
        </button>
        <a class="button primary" href={`/r/${encodeURIComponent(receipt.trackingCode)}`}>
          {t('statusLink')}
        </a>
      </div>
      <p role="status">{copied ? t('copied') : ''}</p>
      <button type="button" class="link" onClick={onNew}>
        {t('newReport')}
      </button>
    </section>
  );
}
