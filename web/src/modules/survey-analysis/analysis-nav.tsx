import { Button, Group } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

const views = [
  { to: '/surveys/analysis', key: 'overview' },
  { to: '/surveys/analysis/compare', key: 'compare' },
  { to: '/surveys/analysis/map', key: 'map' },
  { to: '/surveys/analysis/benchmark', key: 'benchmark' },
] as const;

/** Links between the analysis views; the current one is marked for screen readers too. */
export function AnalysisNav() {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <Group component="nav" aria-label={t('surveyAnalysis.tabs.label')} gap="xs">
      {views.map((view) => {
        const current = pathname === view.to;
        return (
          <Button
            key={view.key}
            component={Link}
            to={view.to}
            size="compact-md"
            variant={current ? 'filled' : 'default'}
            aria-current={current ? 'page' : undefined}
          >
            {t(`surveyAnalysis.tabs.${view.key}`)}
          </Button>
        );
      })}
    </Group>
  );
}
