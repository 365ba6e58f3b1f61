import type { ColumnMapping } from './survey-types';

/** What one column of an imported file holds, as the wizard's select names it. */
export type ColumnTarget =
  | ''
  | 'areaCode'
  | 'buildingExternalId'
  | 'entranceLabel'
  | 'answered'
  | `q:${string}`;
export const fixedTargets = ['areaCode', 'buildingExternalId', 'entranceLabel', 'answered'] as const;

/** The server's mapping (field → column) turned around: column → what it holds. */
export function targetsOf(mapping: ColumnMapping, columns: number): ColumnTarget[] {
  const targets: ColumnTarget[] = Array.from({ length: columns }, () => '');
  const put = (column: number | null | undefined, target: ColumnTarget) => {
    if (column !== null && column !== undefined && column < columns) targets[column] = target;
  };
  put(mapping.areaCode, 'areaCode');
  put(mapping.buildingExternalId, 'buildingExternalId');
  put(mapping.entranceLabel, 'entranceLabel');
  if (mapping.answered && 'column' in mapping.answered) put(mapping.answered.column, 'answered');
  for (const [key, column] of Object.entries(mapping.questions)) put(column, `q:${key}`);
  return targets;
}

/**
 * The edited columns back as the server's mapping. A date column wins over the month for the
 * whole file; the scale codes and option wordings are kept from the suggestion as edited.
 */
export function mappingOf(targets: ColumnTarget[], month: string, base: ColumnMapping): ColumnMapping {
  const column = (target: ColumnTarget) => {
    const index = targets.indexOf(target);
    return index === -1 ? null : index;
  };
  const answered = column('answered');
  const questions: Record<string, number> = {};
  targets.forEach((target, index) => {
    if (target.startsWith('q:')) questions[target.slice(2)] = index;
  });
  return {
    ...base,
    areaCode: column('areaCode'),
    buildingExternalId: column('buildingExternalId'),
    entranceLabel: column('entranceLabel'),
    answered: answered !== null ? { column: answered } : month ? { month } : null,
    questions,
  };
}

/** Choosing a target another column already has takes it from that column: one column each. */
export function withTarget(targets: ColumnTarget[], index: number, target: ColumnTarget): ColumnTarget[] {
  return targets.map((current, i) =>
    i === index ? target : target !== '' && current === target ? '' : current,
  );
}
