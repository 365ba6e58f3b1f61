/** @jsxImportSource preact */
import type { ReportForm as FormData, ReportReceipt } from '../../../../common/contracts/public-reports';
import { useI18n } from '../i18n/i18n-context';
import { PlaceField } from '../place/place-field';
import { CategoryField } from './category-field';
import { ContactFields } from './contact-fields';
import { DescriptionField } from './description-field';
import { ErrorSummary } from './error-summary';
import { PhotoField } from './photo-field';
import { PublicationNotice } from './publication-notice';
import type { useDraft } from './use-draft';
import { useSubmit } from './use-submit';

type Props = { form: FormData; state: ReturnType<typeof useDraft>; onReceived(receipt: ReportReceipt): void };

/** The report form; every field's state lives in the saved draft. */
export function ReportForm({ form, state, onReceived }: Props) {
  const { t, locale } = useI18n();
  const { draft, update, photos, changePhotos, photosKept } = state;
  const { phase, problems, submit } = useSubmit(
    { organization: form.organization.slug, locale, t },
    onReceived,
  );
  const { errors } = problems;
  const busy = phase.kind !== 'idle';
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(draft, photos);
      }}
    >
      <ErrorSummary errors={errors} other={problems.other} />
      <p class="note">{t('requiredNote')}</p>
      <CategoryField
        categories={form.categories}
        organization={form.organization.name}
        value={draft.categoryKey}
        error={errors.category}
        onChange={(categoryKey) => update({ categoryKey })}
      />
      <DescriptionField
        value={draft.description}
        error={errors.description}
        onChange={(description) => update({ description })}
      />
      <PlaceField form={form} draft={draft} errors={errors} update={update} />
      <PhotoField photos={photos} kept={photosKept} error={errors.photos} onChange={changePhotos} />
      <ContactFields draft={draft} errors={errors} update={update} />
      <div class="honeypot" aria-hidden="true">
        <label for="website">Website</label>
        <input
          id="website"
          name="website"
          type="text"
          tabIndex={-1}
          autocomplete="off"
          value={draft.website}
          onInput={(event) => update({ website: event.currentTarget.value })}
        />
      </div>
      <PublicationNotice
        publication={form.publication}
        restricted={form.categories.some((c) => c.key === draft.categoryKey && c.restricted)}
      />
      <p class="privacy">{t('privacyNote')}</p>
      <button type="submit" class="primary" id="submit-report" disabled={busy}>
        {busy ? t('sending') : t('submit')}
      </button>
      <div class="submit-status" role="status" aria-live="polite">
        {phase.kind === 'waiting' && (phase.reason === 'offline' ? t('offlineRetry') : t('serverRetry'))}
      </div>
    </form>
  );
}
