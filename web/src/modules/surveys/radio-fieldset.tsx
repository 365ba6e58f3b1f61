import { Fieldset, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';

export type RadioOption = { value: string; label: string; description?: string };
type Props = {
  legend: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: RadioOption[];
  error?: ReactNode;
  /** In columns (two on a phone, more on wider screens) instead of one under the other. */
  inline?: boolean;
};

/**
 * Radio buttons in a fieldset whose legend is the question: screen readers announce the question
 * with each choice, and the choices are large enough to hit on a phone.
 */
export function RadioFieldset({ legend, name, value, onChange, options, error, inline }: Props) {
  const errorId = useId();
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      aria-describedby={error ? errorId : undefined}
      styles={{ legend: { fontWeight: 600, marginBottom: 6 } }}
    >
      <Choices inline={inline}>
        {options.map((option) => (
          <Radio
            key={option.value}
            name={name}
            value={option.value}
            label={option.label}
            description={option.description}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            size={inline ? 'md' : 'sm'}
          />
        ))}
      </Choices>
      {error && (
        <Text id={errorId} c="red.8" size="sm" mt={4}>
          {error}
        </Text>
      )}
    </Fieldset>
  );
}

/** Big enough targets for a thumb: two columns on a phone, three from tablet width up. */
function Choices({ inline, children }: { inline?: boolean; children: ReactNode }) {
  if (!inline) return <Stack gap="sm">{children}</Stack>;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="sm">
      {children}
    </SimpleGrid>
  );
}
