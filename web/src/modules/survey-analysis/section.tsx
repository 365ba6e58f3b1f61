import { Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** A titled section of a page (h2), named by its heading for landmarks navigation. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap="xs">
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
