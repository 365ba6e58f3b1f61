/** @jsxImportSource preact */
import type { ReportStatus } from '../../../../common/reporting';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/sv';

type Step = { key: MessageKey; state: 'done' | 'current' | 'todo' };

/** received → being handled → done, or how the report ended when it ended otherwise. */
export function stepsOf(status: ReportStatus): Step[] {
  const handling = status === 'accepted' || status === 'in_progress';
  const ended = !handling && status !== 'new';
  const finalKey: MessageKey = status === 'done' || !ended ? 'stepDone' : `status_${status}`;
  return [
    { key: 'stepReceived', state: status === 'new' ? 'current' : 'done' },
    { key: 'stepHandling', state: handling ? 'current' : ended && status === 'done' ? 'done' : 'todo' },
    { key: finalKey, state: ended ? 'current' : 'todo' },
  ];
}

export function StatusSteps({ status }: { status: ReportStatus }) {
  const { t } = useI18n();
  return (
    <ol class="steps" aria-label={t('stepsLabel')}>
      {stepsOf(status).map((step) => (
        <li
          key={step.key}
          class={`step ${step.state}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span class="step-mark" aria-hidden="true">
            {step.state === 'done' ? '✓' : step.state === 'current' ? '●' : '○'}
          </span>
          <span>
            {t(step.key)}
            {step.state === 'current' && <span class="visually-hidden"> {t('stepNow')}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
