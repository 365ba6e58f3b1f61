import type { z } from 'zod';
import type { importPreview } from '../../../../common/contracts/survey-responses';
import type { OpenLinks } from '../../../../common/contracts/survey-waves';

/** The survey API's shapes (survey-api.md, sections A and B), from the shared contracts. */
export type {
  ImportColumnMapping as ColumnMapping,
  ImportIssueView as ImportIssue,
  PaperResponseInput as PaperResponse,
} from '../../../../common/contracts/survey-responses';
export type {
  AreaRate,
  LettersInput as LetterRequest,
  OpenLinkFlag,
  OpenLinks,
  SurveyQuestionBank as SurveyQuestions,
  SurveyQuestionView,
  WaveDetail,
  WaveInput as NewWave,
  WaveKind,
  WavePatch,
  WaveStatus,
  WaveSummary,
} from '../../../../common/contracts/survey-waves';

export type ImportPreview = z.infer<typeof importPreview>;
export type ImportSampleRow = ImportPreview['sample'][number];
export type OpenLink = OpenLinks['items'][number];
