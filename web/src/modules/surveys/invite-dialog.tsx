import { Button, Modal, NativeSelect, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconUserPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationInput, InvitationResult } from '../../../../common/contracts/survey-waves';
import { invitationReasons } from '../../../../common/contracts/survey-waves';
import { tenantLocales } from '../../../../common/reporting';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { InviteResult } from './invite-result';
import { type PaperPlace, PaperPlaceFields } from './paper-place-fields';
import { RadioFieldset } from './radio-fieldset';
import type { WaveDetail } from './survey-types';
import { useInvalidateSurveys } from './surveys-api';

/**
 * "Bjud in hushåll": only in an open continuous survey, and only for those who manage it (the
 * server checks the same, per area).
 */
export function InviteButton({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const takes = wave.kind === 'continuous' && wave.status === 'open';
  if (!takes || !wave.abilities.includes('survey.manage')) return null;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconUserPlus size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('surveys.invite.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('surveys.invite.title')} size="lg">
        {open && <InviteFlow wave={wave} onClose={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

type Sent = { result: InvitationResult; email: string };

/** The form, then what came of it; "another" starts a fresh form. */
function InviteFlow({ wave, onClose }: { wave: WaveDetail; onClose: () => void }) {
  const [sent, setSent] = useState<Sent | null>(null);
  if (sent) return <InviteResult {...sent} onAnother={() => setSent(null)} onClose={onClose} />;
  return <InviteForm wave={wave} onSent={setSent} onCancel={onClose} />;
}

type FormValues = PaperPlace & {
  email: string;
  reason: InvitationInput['reason'];
  locale: NonNullable<InvitationInput['locale']>;
};

/** The body of POST /invitations: the entrance when one is chosen, else the whole building. */
const bodyOf = (values: FormValues): InvitationInput => ({
  ...(values.entranceId ? { entranceId: values.entranceId } : { buildingId: values.buildingId }),
  ...(values.email.trim() ? { email: values.email.trim(), locale: values.locale } : {}),
  reason: values.reason,
});

type FormProps = { wave: WaveDetail; onSent: (sent: Sent) => void; onCancel: () => void };

function InviteForm({ wave, onSent, onCancel }: FormProps) {
  const { t } = useTranslation();
  const invalidate = useInvalidateSurveys();
  const areaRef = useRef<HTMLSelectElement>(null);
  const form = useForm<FormValues>({
    initialValues: {
      areaId: '',
      buildingId: '',
      entranceId: '',
      email: '',
      reason: 'moved_in',
      locale: 'sv',
    },
    // The one check made here: the server can only say "no place", not which select is missing.
    validate: {
      areaId: (value) => (value ? null : t('surveys.invite.chooseBuilding')),
      buildingId: (value, values) => (value || !values.areaId ? null : t('surveys.invite.chooseBuilding')),
    },
  });
  const send = useFormMutation(
    form,
    (values: FormValues) =>
      api.post<InvitationResult>(`/api/survey-waves/${wave.id}/invitations`, bodyOf(values)),
    async (result) => {
      onSent({ result, email: form.getValues().email.trim() });
      await invalidate();
    },
  );
  const withEmail = form.values.email.trim() !== '';
  return (
    <MutationForm form={form} mutation={send}>
      <Text size="sm">{t('surveys.invite.intro')}</Text>
      <PaperPlaceFields form={form} wave={wave} areaRef={areaRef} texts="invite" />
      <TextInput
        label={t('surveys.invite.email')}
        description={t('surveys.invite.emailHint')}
        type="email"
        autoComplete="off"
        {...form.getInputProps('email')}
      />
      {withEmail && (
        <NativeSelect
          label={t('surveys.invite.locale')}
          data={tenantLocales.map((locale) => ({
            value: locale,
            label: t(`reportSettings.locales.${locale}`),
          }))}
          {...form.getInputProps('locale')}
        />
      )}
      <RadioFieldset
        legend={t('surveys.invite.reason')}
        name="reason"
        value={form.values.reason}
        onChange={(reason) => form.setFieldValue('reason', reason as FormValues['reason'])}
        error={form.errors.reason}
        options={invitationReasons.map((reason) => ({
          value: reason,
          label: t(`surveys.invite.reasons.${reason}`),
        }))}
        inline
      />
      <FormActions busy={send.isPending} onCancel={onCancel} submitLabel={t('surveys.invite.send')} />
    </MutationForm>
  );
}
