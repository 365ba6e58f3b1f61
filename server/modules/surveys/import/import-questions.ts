import type { AskedQuestions } from '../response-questions';
import { type ImportQuestion, importableKinds } from './column-mapping';

/**
 * The questions of a wave a file's columns can hold: its scale items, background questions, free
 * text and own choice and text questions (the map question cannot come from a file), in the wave's order, which is also the
 * order vendor numbers (F1, F2, …) count in.
 */
export function importQuestions(asked: AskedQuestions): ImportQuestion[] {
  return asked.list
    .filter((question) => importableKinds.includes(question.kind))
    .map((question) => ({
      key: question.key,
      kind: question.kind,
      label: question.label,
      prompt: question.prompt,
      ...(question.options ? { options: question.options } : {}),
      ...(question.multiple ? { multiple: true } : {}),
      ...(question.maxLength !== null ? { maxLength: question.maxLength } : {}),
    }));
}
