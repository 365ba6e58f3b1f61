/** @jsxImportSource preact */
import type { ReportForm } from '../../../../common/contracts/public-reports';
import type { Draft } from '../form/draft';
import { TextField } from '../form/text-field';
import type { FieldErrors } from '../form/validate';
import { useI18n } from '../i18n/i18n-context';
import { PlaceChooser } from './place-chooser';
import { PlaceSummary } from './place-summary';

type Props = { form: ReportForm; draft: Draft; errors: FieldErrors; update(patch: Partial<Draft>): void };

/** Where: the QR code's entrance, or one chosen here; plus free text for "where exactly". */
export function PlaceField({ form, draft, errors, update }: Props) {
  const { t } = useI18n();
  const chosen = draft.place !== null || draft.pin !== null;
  const fromQr = Boolean(form.place && draft.place?.entranceToken === form.place.entranceToken && !draft.pin);
  return (
    <fieldset class={errors.place ? 'group has-error' : 'group'}>
      <legend>{t('placeLegend')}</legend>
      {chosen ? (
        <PlaceSummary
          place={draft.place}
          pin={draft.pin}
          fromQr={fromQr}
          onChange={() => update({ place: null, pin: null })}
        />
      ) : (
        <PlaceChooser
          form={form}
          error={errors.place}
          onPlace={(place) => update({ place, pin: null })}
          onPin={(pin) => update({ pin, place: null })}
        />
      )}
      <TextField
        field="locationText"
        label={t('locationTextLabel')}
        hint={t('locationTextHint')}
        value={draft.locationText}
        error={errors.locationText}
        maxLength={300}
        onChange={(locationText) => update({ locationText })}
      />
    </fieldset>
  );
}
