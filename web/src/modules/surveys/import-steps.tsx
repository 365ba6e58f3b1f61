import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const importSteps = ['upload', 'preview', 'done'] as const;
export type ImportStep = (typeof importSteps)[number];

/** Where the wizard is, as a numbered list with the current step marked for screen readers too. */
export function ImportSteps({ current }: { current: ImportStep }) {
  const { t } = useTranslation();
  return (
    <Group component="ol" gap="lg" p={0} m={0} style={{ listStyle: 'none' }}>
      {importSteps.map((step, index) => (
        <Text
          component="li"
          key={step}
          fw={step === current ? 700 : 400}
          c={step === current ? 'blue.9' : 'gray.7'}
          td={step === current ? 'underline' : undefined}
          aria-current={step === current ? 'step' : undefined}
        >
          {index + 1}. {t(`surveys.import.steps.${step}`)}
        </Text>
      ))}
    </Group>
  );
}
