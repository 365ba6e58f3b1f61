import { Box, Container, Group, Paper, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { SkipLink } from './skip-link';

/** Pages reached without a session: login and password reset. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between">
          <Text fw={700} size="lg" c="blue.9">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={520} py="xl">
        <Paper withBorder p="lg" radius="md">
          <Outlet />
        </Paper>
      </Container>
    </>
  );
}
