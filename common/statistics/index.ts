/** Trygg's survey statistics: one tested module, pure functions, no dependencies (rule 7). */
export {
  type CellVisibility,
  cellVisibility,
  minimumCellSize,
  steppedCount,
  uncertainBelow,
} from './cell-visibility';
export { type Change, changeBetween } from './change';
export { type CompositeIndex, compositeIndex } from './composite-index';
export { type DifferenceInterval, newcombeInterval } from './newcombe';
export { type Part, type PartVisibility, type SuppressionReason, suppressParts } from './suppression';
export {
  type AnswerTally,
  type FourPointAnswer,
  type TopBoxCount,
  tallyAnswers,
  topTwoBox,
} from './top-box';
export { type ChangeVerdict, changeVerdict, changeVerdicts } from './verdict';
export { changeVerdictWords } from './verdict-words';
export { type ProportionInterval, type ShareInterval, wilsonBounds, wilsonInterval, z95 } from './wilson';
