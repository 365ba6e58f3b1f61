import { Center, Loader } from '@mantine/core';
import { Navigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EnrollTwoFactorPage } from '../modules/session/enroll-two-factor-page';
import { useSession } from './session';
import { Shell } from './shell';

/** Staff pages need a complete session; two-factor enrolment comes before anything else. */
export function AuthGate() {
  const { t } = useTranslation();
  const { data: session, isPending } = useSession();
  const href = useRouterState({ select: (state) => state.location.href });
  if (isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (!session?.user || session.awaitingTwoFactor || !session.organization) {
    // Never nest a login URL inside ?redirect= (that would grow on every render).
    const redirect = href.startsWith('/login') ? undefined : href;
    return <Navigate to="/login" search={{ redirect }} replace />;
  }
  if (session.mustEnrollTwoFactor) return <EnrollTwoFactorPage />;
  return <Shell />;
}
