import { describe, expect, it } from 'vitest';
import { defaultQuestions } from '../surveys/question-bank';
import { surveyQuestionDefinition, surveyQuestionList } from './survey-questions';

const scaleItem = {
  key: 'safety_playground',
  kind: 'scale',
  section: 'personal_safety',
  prompt: { sv: 'Hur upplever du tryggheten vid lekplatsen?' },
  label: { sv: 'Trygghet vid lekplatsen' },
};

/** The paths Zod names for an input, so a test shows which field was refused. */
function issuePaths(input: unknown): string[] {
  const result = surveyQuestionDefinition.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('survey question definition', () => {
  it('accepts every default question, and the default questionnaire as a whole', () => {
    for (const question of defaultQuestions) {
      const result = surveyQuestionDefinition.safeParse(question);
      expect(result.error?.issues, question.key).toBeUndefined();
    }
    expect(surveyQuestionList.safeParse(defaultQuestions).success).toBe(true);
  });

  it('accepts an organization’s own question in Swedish only, defaulting to optional', () => {
    const parsed = surveyQuestionDefinition.parse(scaleItem);
    expect(parsed.required).toBe(false);
  });

  it('refuses malformed questions, naming the field', () => {
    expect(issuePaths({ ...scaleItem, key: 'Safety Playground' })).toEqual(['key']);
    expect(issuePaths({ ...scaleItem, prompt: { en: 'Only English' } })).toEqual(['prompt.sv']);
    expect(issuePaths({ ...scaleItem, prompt: { sv: '   ' } })).toEqual(['prompt.sv']);
    expect(issuePaths({ ...scaleItem, kind: 'slider' })).toEqual(['kind']);
    expect(issuePaths({ ...scaleItem, kind: 'map_points' })).toEqual(['maxPoints']);
    expect(issuePaths({ ...scaleItem, colour: 'red' })).toEqual(['']);
  });

  it('refuses a choice question with too few or repeated options', () => {
    const option = { key: 'yes', label: { sv: 'Ja' } };
    const choice = { ...scaleItem, key: 'has_car', kind: 'choice', section: 'background' };
    expect(issuePaths({ ...choice, options: [option] })).toEqual(['options']);
    expect(issuePaths({ ...choice, options: [option, option] })).toEqual(['options.1.key']);
  });

  it('refuses a questionnaire with a repeated key', () => {
    const result = surveyQuestionList.safeParse([scaleItem, scaleItem]);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['1.key']);
  });
});
