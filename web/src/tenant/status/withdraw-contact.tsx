/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { publicApi } from '../api';
import { useI18n } from '../i18n/i18n-context';

type Props = { code: string; onWithdrawn(): void };

/** Removes the reporter's name, e-mail and phone from the report, after a confirmation. */
export function WithdrawContact({ code, onWithdrawn }: Props) {
  const { t } = useI18n();
  const [step, setStep] = useState<'ask' | 'confirm' | 'busy' | 'failed'>('ask');
  const withdraw = () => {
    setStep('busy');
    publicApi.withdrawContact(code).then(onWithdrawn, () => setStep('failed'));
  };
  return (
    <section class="withdraw" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t('withdrawHeading')}</h2>
      <p>{t('withdrawExplain')}</p>
      {step === 'ask' ? (
        <button type="button" class="secondary" onClick={() => setStep('confirm')}>
          {t('withdrawButton')}
        </button>
      ) : (
        <div class="confirm">
          <p id="withdraw-confirm">{t('withdrawConfirm')}</p>
          {step === 'failed' && <p class="field-error">{t('loadFailed')}</p>}
          <div class="row">
            <button type="button" class="danger" disabled={step === 'busy'} onClick={withdraw}>
              {t('withdrawYes')}
            </button>
            <button type="button" class="secondary" onClick={() => setStep('ask')}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
