/** @jsxImportSource preact */
import type { TenantQuestion } from '../../../../common/contracts/survey-responses';
import { CheckboxQuestion } from './checkbox-question';
import { FreeTextQuestion } from './free-text-question';
import { RadioQuestion } from './radio-question';
import type { SurveyDraft } from './survey-draft';
import { ownChoicesOf, ownTextOf } from './survey-questions';

type Props = {
  question: TenantQuestion;
  draft: SurveyDraft;
  error?: string;
  update(patch: Partial<SurveyDraft>): void;
};

/** One of the organization's own questions: checkboxes, radio cards or a text area. */
export function OwnQuestionField({ question, draft, error, update }: Props) {
  const { key } = question;
  const setChoices = (chosen: string[]) => {
    const { [key]: _dropped, ...others } = draft.ownChoices;
    update({ ownChoices: chosen.length > 0 ? { ...others, [key]: chosen } : others });
  };
  if (question.kind === 'text')
    return (
      <FreeTextQuestion
        question={question}
        value={ownTextOf(draft, key)}
        error={error}
        onChange={(text) => update({ texts: { ...draft.texts, [key]: text } })}
      />
    );
  const chosen = ownChoicesOf(draft, key);
  if (question.multiple)
    return <CheckboxQuestion question={question} value={chosen} error={error} onChange={setChoices} />;
  const options = (question.options ?? []).map((option) => ({ value: option.key, label: option.label }));
  return (
    <RadioQuestion
      question={question}
      options={options}
      value={chosen[0]}
      error={error}
      onChange={(value) => setChoices([value])}
      onClear={() => setChoices([])}
    />
  );
}
