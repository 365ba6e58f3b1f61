import { Badge, Checkbox, Fieldset, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyIndexInput, SurveyIndexView } from '../../../../common/contracts/survey-indexes';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { issuesByPath } from '../../app/form-error';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { staffText } from './question-picker';
import type { SurveyQuestionView } from './survey-types';

type Texts = { sv: string; en: string };
// Nested like the request body, so the server's field paths ('label.sv') land on the inputs.
type FormValues = { key: string; label: Texts; itemKeys: string[] };

/** English is optional: an empty field is left out, and the server falls back to Swedish. */
const labelOf = ({ sv, en }: Texts) => ({ sv, ...(en.trim() && en !== sv ? { en } : {}) });

/** The question bank's query in both modules (the analysis pages keep their own copy). */
export function useInvalidateBank() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['surveys'] }),
      queryClient.invalidateQueries({ queryKey: ['survey-questions'] }),
    ]);
}

/**
 * The server names a wrong item by its place in the list sent ('itemKeys.2'); the checkboxes are
 * one field, so such a message is shown on the list, with the question it is about.
 */
function itemErrors(errors: Record<string, string>, sent: string[], nameOf: (key: string) => string) {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const item = /^itemKeys\.(\d+)$/.exec(path);
    if (!item) result[path] = message;
    else result.itemKeys = `${nameOf(sent[Number(item[1])] ?? '')}: ${message}`;
  }
  return result;
}

type Props = {
  /** The scale questions an index may be built from. */
  questions: SurveyQuestionView[];
  /** The index to change; a new one when absent. */
  index?: SurveyIndexView;
  onDone?: () => void;
};

/** "Lägg till ett eget index" or, given an own index, its name and questions to change. */
export function IndexForm({ questions, index, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const invalidate = useInvalidateBank();
  const itemsId = useId();
  const form = useForm<FormValues>({
    initialValues: index
      ? { key: index.key, label: { ...index.label }, itemKeys: [...index.questionKeys] }
      : { key: '', label: { sv: '', en: '' }, itemKeys: [] },
  });
  const nameOf = (key: string) => {
    const question = questions.find((item) => item.key === key);
    return question ? staffText(question.label, i18n.language) : key;
  };
  const send = (values: FormValues) => {
    const body = { label: labelOf(values.label), itemKeys: values.itemKeys };
    return index
      ? api.patch<SurveyIndexView>(`/api/survey-indexes/${encodeURIComponent(index.key)}`, body)
      : api.post<SurveyIndexView>('/api/survey-indexes', {
          ...body,
          key: values.key.trim(),
        } satisfies SurveyIndexInput);
  };
  const save = useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await invalidate();
      notifySuccess(t(index ? 'surveys.indexes.saved' : 'surveys.indexes.added'));
      form.reset();
      onDone?.();
    },
    onError: (error, values) => form.setErrors(itemErrors(issuesByPath(error), values.itemKeys, nameOf)),
  });
  const itemsError = form.errors.itemKeys;
  return (
    <MutationForm form={form} mutation={save}>
      <SimpleGrid cols={{ base: 1, sm: index ? 2 : 3 }}>
        {!index && (
          <TextInput
            label={t('surveys.indexes.key')}
            description={t('surveys.indexes.keyHint')}
            required
            autoComplete="off"
            spellCheck={false}
            {...form.getInputProps('key')}
          />
        )}
        <TextInput
          label={t('surveys.indexes.nameSv')}
          description={t('surveys.indexes.nameHint')}
          required
          maxLength={80}
          {...form.getInputProps('label.sv')}
        />
        <TextInput
          label={t('surveys.indexes.nameEn')}
          description={t('surveys.indexes.nameHint')}
          maxLength={80}
          lang="en"
          {...form.getInputProps('label.en')}
        />
      </SimpleGrid>
      <Fieldset
        legend={t('surveys.indexes.items')}
        aria-describedby={`${itemsId}-hint${itemsError ? ` ${itemsId}-error` : ''}`}
      >
        <Text id={`${itemsId}-hint`} size="sm" mb="sm">
          {t('surveys.indexes.itemsHint')}
        </Text>
        {itemsError && (
          <Text id={`${itemsId}-error`} c="red.8" size="sm" mb="sm" role="alert">
            {itemsError}
          </Text>
        )}
        <Checkbox.Group {...form.getInputProps('itemKeys')} error={undefined}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {questions.map((question) => (
              <Checkbox
                key={question.key}
                value={question.key}
                label={
                  <>
                    {staffText(question.label, i18n.language)}
                    {question.own && (
                      <Badge ms="xs" size="sm" variant="outline" color="grape.9">
                        {t('surveys.ownQuestion')}
                      </Badge>
                    )}
                  </>
                }
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Fieldset>
      <FormActions
        busy={save.isPending}
        onCancel={() => {
          form.reset();
          onDone?.();
        }}
        submitLabel={index ? t('app.save') : t('surveys.indexes.add')}
      />
    </MutationForm>
  );
}
