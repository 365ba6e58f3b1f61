import { AppShell, Burger, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconChartBar,
  IconChartLine,
  IconChecklist,
  IconClipboardList,
  IconFileImport,
  IconHistory,
  IconInbox,
  IconListCheck,
  IconMail,
  IconMap,
  IconMapPins,
  IconSettings,
  IconSettingsExclamation,
  IconShieldLock,
  IconUsers,
} from '@tabler/icons-react';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutboxShown } from '../modules/dev/use-outbox';
import { PendingInvitations } from '../modules/session/pending-invitations';
import { LanguageSwitch } from './language-switch';
import { OrganizationSwitch } from './organization-switch';
import { useSession } from './session';
import { SkipLink } from './skip-link';
import { UserMenu } from './user-menu';

type NavItem = {
  to:
    | '/areas'
    | '/map'
    | '/import'
    | '/users'
    | '/audit'
    | '/settings'
    | '/reports'
    | '/work-orders'
    | '/my-work-orders'
    | '/reports/figures'
    | '/settings/reports'
    | '/surveys'
    | '/surveys/analysis'
    | '/dev/outbox'
    | '/subject-requests';
  label: string;
  icon: ReactNode;
  /** Shown when the session has any of these. */
  abilities?: string[];
};

/** The staff shell: header, navigation (a burger menu on phones) and the page in <main>. */
export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const { data: session } = useSession();
  const outboxShown = useOutboxShown();

  const items: NavItem[] = [
    {
      to: '/reports',
      label: t('nav.reports'),
      icon: <IconInbox size={18} aria-hidden />,
      abilities: ['report.read'],
    },
    {
      to: '/work-orders',
      label: t('nav.workOrders'),
      icon: <IconChecklist size={18} aria-hidden />,
      abilities: ['work_order.read'],
    },
    {
      to: '/my-work-orders',
      label: t('nav.myWorkOrders'),
      icon: <IconListCheck size={18} aria-hidden />,
      abilities: ['work_order.update_assigned', 'work_order.update'],
    },
    {
      to: '/reports/figures',
      label: t('nav.figures'),
      icon: <IconChartBar size={18} aria-hidden />,
      abilities: ['report.figures'],
    },
    {
      to: '/surveys',
      label: t('nav.surveys'),
      icon: <IconClipboardList size={18} aria-hidden />,
      abilities: ['survey.read'],
    },
    {
      to: '/surveys/analysis',
      label: t('nav.surveyAnalysis'),
      icon: <IconChartLine size={18} aria-hidden />,
      abilities: ['survey.read'],
    },
    { to: '/areas', label: t('nav.areas'), icon: <IconMapPins size={18} aria-hidden /> },
    { to: '/map', label: t('nav.map'), icon: <IconMap size={18} aria-hidden /> },
    {
      to: '/import',
      label: t('nav.import'),
      icon: <IconFileImport size={18} aria-hidden />,
      abilities: ['area.create', 'building.write'],
    },
    {
      to: '/users',
      label: t('nav.users'),
      icon: <IconUsers size={18} aria-hidden />,
      abilities: ['user.manage'],
    },
    {
      to: '/audit',
      label: t('nav.audit'),
      icon: <IconHistory size={18} aria-hidden />,
      abilities: ['audit.read'],
    },
    {
      to: '/settings',
      label: t('nav.settings'),
      icon: <IconSettings size={18} aria-hidden />,
      abilities: ['organization.settings'],
    },
    {
      to: '/settings/reports',
      label: t('nav.reportSettings'),
      icon: <IconSettingsExclamation size={18} aria-hidden />,
      abilities: ['report.configure'],
    },
    {
      to: '/subject-requests',
      label: t('nav.privacy'),
      icon: <IconShieldLock size={18} aria-hidden />,
      abilities: ['privacy.subject_requests'],
    },
    // Only a demo installation keeps mail instead of sending it.
    ...(outboxShown
      ? [{ to: '/dev/outbox' as const, label: t('nav.outbox'), icon: <IconMail size={18} aria-hidden /> }]
      : []),
  ];
  const visible = items.filter(
    (item) => !item.abilities || item.abilities.some((ability) => session?.abilities.includes(ability)),
  );
  // A nav item is active on its own pages, not on those of a more specific item (Siffror under Inkorg).
  const isActive = (to: string) =>
    (pathname === to || pathname.startsWith(`${to}/`)) &&
    !visible.some(
      (other) => other.to.length > to.length && other.to.startsWith(to) && pathname.startsWith(other.to),
    );

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('app.closeNav') : t('app.openNav')}
                aria-expanded={opened}
                aria-controls="main-nav"
              />
              <Text component={Link} to="/areas" fw={700} size="lg" c="blue.9" td="none">
                {t('app.name')}
              </Text>
              <Text size="sm" c="dimmed" visibleFrom="md" truncate>
                {session?.organization?.name}
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Group gap="xs" visibleFrom="sm" wrap="nowrap">
                <OrganizationSwitch />
                <LanguageSwitch />
              </Group>
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="main-nav" aria-label={t('app.mainNav')}>
          <Stack gap={4}>
            {visible.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                leftSection={item.icon}
                active={isActive(item.to)}
                // The router would also mark /surveys active on /surveys/analysis; isActive decides.
                activeOptions={{ exact: true }}
                variant="filled"
                onClick={close}
                aria-current={isActive(item.to) ? 'page' : undefined}
              />
            ))}
          </Stack>
          <Stack gap="xs" mt="lg" hiddenFrom="sm">
            <OrganizationSwitch />
            <LanguageSwitch />
          </Stack>
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <PendingInvitations />
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
