/** @jsxImportSource preact */
import type { JSX } from 'preact';
import type {
  SurveyAnswerValue,
  SurveyForm,
  TenantQuestion,
} from '../../../../common/contracts/survey-responses';
import { ErrorSummary } from '../form/error-summary';
import { useI18n } from '../i18n/i18n-context';
import { FreeTextQuestion } from './free-text-question';
import { MapQuestion } from './map-question';
import { OwnQuestionField } from './own-question-field';
import { type RadioOption, RadioQuestion } from './radio-question';
import type { SurveyDraft } from './survey-draft';
import { type Asked, fieldOrder, inOrder, questionFieldId } from './survey-questions';
import { useFocusFirstError } from './use-focus-first-error';
import type { SurveyProblems } from './use-survey-submit';

type Props = {
  form: SurveyForm;
  asked: Asked;
  draft: SurveyDraft;
  problems: SurveyProblems;
  update(patch: Partial<SurveyDraft>): void;
  onReview(): void;
};

/** Every question on one scrolling page, under a heading per section, then "review". */
export function SurveyQuestionsForm({ form, asked, draft, problems, update, onReview }: Props) {
  const { t } = useI18n();
  const order = fieldOrder(asked);
  useFocusFirstError(order, problems);
  const draw = (question: TenantQuestion) => (
    <QuestionField
      question={question}
      form={form}
      draft={draft}
      error={problems.errors[question.key]}
      update={update}
    />
  );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onReview();
      }}
    >
      <ErrorSummary errors={problems.errors} other={problems.other} order={order} idOf={questionFieldId} />
      <Sections asked={asked} draw={draw} />
      <p class="note">{t('surveyDraftKept')}</p>
      <button type="submit" class="primary" id="survey-review">
        {t('surveyReview')}
      </button>
    </form>
  );
}

type FieldProps = Pick<Props, 'form' | 'draft' | 'update'> & { question: TenantQuestion; error?: string };

/** One question, drawn for its kind, reading and writing its part of the draft. */
function QuestionField({ question, form, draft, error, update }: FieldProps) {
  const { key } = question;
  if (question.own && question.kind !== 'scale')
    return <OwnQuestionField question={question} draft={draft} error={error} update={update} />;
  if (question.kind === 'scale') {
    const boxes: RadioOption<SurveyAnswerValue>[] = form.scale.map((box) => ({
      ...box,
      apart: box.value === 'dont_know',
    }));
    return (
      <RadioQuestion
        question={question}
        options={boxes}
        value={draft.answers[key]}
        error={error}
        onChange={(value) => update({ answers: { ...draft.answers, [key]: value } })}
      />
    );
  }
  if (question.kind === 'text')
    return (
      <FreeTextQuestion
        question={question}
        value={draft.freeText}
        error={error}
        onChange={(freeText) => update({ freeText })}
      />
    );
  if (question.kind === 'map_points')
    return (
      <MapQuestion
        question={question}
        form={form}
        points={draft.mapPoints}
        error={error}
        onChange={(mapPoints) => update({ mapPoints })}
      />
    );
  const options = (question.options ?? []).map((option) => ({ value: option.key, label: option.label }));
  const { [key]: _dropped, ...others } = draft.choices;
  return (
    <RadioQuestion
      question={question}
      options={options}
      value={draft.choices[key]}
      error={error}
      onChange={(value) => update({ choices: { ...draft.choices, [key]: value } })}
      onClear={() => update({ choices: others })}
    />
  );
}

/** The questions in page order with an h2 wherever the section changes. */
function Sections({ asked, draw }: { asked: Asked; draw(question: TenantQuestion): JSX.Element }) {
  const { t } = useI18n();
  const all = inOrder(asked);
  return (
    <>
      {all.map((question, index) => (
        <div key={question.key}>
          {question.section !== all[index - 1]?.section && <h2>{t(`section_${question.section}`)}</h2>}
          {question.section === 'background' && question.section !== all[index - 1]?.section && (
            <p class="note">{t('surveyBackgroundNote')}</p>
          )}
          {draw(question)}
        </div>
      ))}
    </>
  );
}
