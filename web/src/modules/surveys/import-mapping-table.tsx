import { NativeSelect, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ColumnTarget, fixedTargets } from './column-targets';
import { staffText } from './question-picker';
import type { SurveyQuestionView } from './survey-types';

type Props = {
  columns: string[];
  targets: ColumnTarget[];
  questions: SurveyQuestionView[];
  onChange: (index: number, target: ColumnTarget) => void;
};

/** One row per column of the file, with what it holds as an editable choice. */
export function ImportMappingTable({ columns, targets, questions, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const choices = [
    { value: '', label: t('surveys.import.targets.none') },
    ...fixedTargets.map((target) => ({ value: target, label: t(`surveys.import.targets.${target}`) })),
    ...questions.map((question) => ({
      value: `q:${question.key}`,
      label: t('surveys.import.question', { label: staffText(question.label, i18n.language) }),
    })),
  ];
  return (
    <Table.ScrollContainer minWidth={480} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
      <Table striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
          {t('surveys.import.mappingCaption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.import.column')}</Table.Th>
            <Table.Th scope="col">{t('surveys.import.meaning')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((column, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are named by position; headers may repeat
            <Table.Tr key={index}>
              <Table.Th scope="row" fw={500}>
                {column || `#${index + 1}`}
              </Table.Th>
              <Table.Td>
                <NativeSelect
                  aria-label={t('surveys.import.mapTo', { column: column || `#${index + 1}` })}
                  data={choices}
                  value={targets[index] ?? ''}
                  onChange={(event) => onChange(index, event.currentTarget.value as ColumnTarget)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
