import { Button, Group, Radio, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SubjectQuery, SubjectSummary } from '../../../../common/contracts/privacy';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { searchSubject } from './subject-requests-api';

type Values = { by: 'email' | 'phone'; email: string; phone: string; reference: string };

/**
 * Only the chosen one of e-mail and phone is sent, and an empty field not at all: the server then
 * names what is missing ("måste anges") in the user's language.
 */
const queryOf = (values: Values): SubjectQuery => {
  const value = (values.by === 'email' ? values.email : values.phone).trim() || undefined;
  const reference = values.reference.trim() || undefined;
  return { [values.by]: value, reference } as SubjectQuery;
};

/** Search by e-mail or phone, with the request's reference; hands the query and what was found up. */
export function SubjectSearchForm({
  onFound,
}: {
  onFound: (query: SubjectQuery, summary: SubjectSummary) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({ initialValues: { by: 'email', email: '', phone: '', reference: '' } });
  const mutation = useFormMutation(
    form,
    async (values: Values) => ({ query: queryOf(values), summary: await searchSubject(queryOf(values)) }),
    ({ query, summary }) => onFound(query, summary),
  );
  const by = form.getValues().by;
  return (
    <MutationForm form={form} mutation={mutation}>
      <Radio.Group label={t('privacy.searchBy')} {...form.getInputProps('by')}>
        <Group mt={4}>
          <Radio value="email" label={t('privacy.byEmail')} />
          <Radio value="phone" label={t('privacy.byPhone')} />
        </Group>
      </Radio.Group>
      {by === 'email' ? (
        <TextInput
          type="email"
          autoComplete="off"
          label={t('privacy.email')}
          {...form.getInputProps('email')}
        />
      ) : (
        <TextInput
          type="tel"
          autoComplete="off"
          label={t('privacy.phone')}
          {...form.getInputProps('phone')}
        />
      )}
      <TextInput
        label={t('privacy.reference')}
        description={t('privacy.referenceHint')}
        maxLength={100}
        {...form.getInputProps('reference')}
      />
      <Group>
        <Button type="submit" loading={mutation.isPending}>
          {t('privacy.search')}
        </Button>
      </Group>
    </MutationForm>
  );
}
