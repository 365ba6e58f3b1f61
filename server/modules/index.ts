import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { passwordResetRoutes } from './account/password-reset-routes';
import { accountRoutes } from './account/routes';
import { auditRoutes } from './audit/routes';
import { clientConfigRoutes } from './client-config/routes';
import { devRoutes } from './dev/routes';
import { healthRoutes } from './health/routes';
import { invitationRoutes } from './invitations/routes';
import { open311Routes } from './open311/routes';
import { organizationRoutes } from './organization/routes';
import { placesRoutes } from './places/routes';
import { privacyNoticeRoutes } from './privacy/notice-routes';
import { privacyRoutes } from './privacy/routes';
import { publicReportRoutes } from './public-reports/routes';
import { publicSurveyRoutes } from './public-surveys/routes';
import { reportCategoryRoutes } from './reports/categories/routes';
import { reportRoutes } from './reports/routes';
import { retentionRoutes } from './retention/routes';
import { sessionRoutes } from './session/routes';
import { surveyAnalysisRoutes } from './survey-analysis/routes';
import { surveyExportRoutes } from './survey-exports/routes';
import { surveyTextRoutes } from './survey-texts/routes';
import { surveyIntakeRoutes } from './surveys/intake-routes';
import { surveyRoutes } from './surveys/routes';
import { userRoutes } from './users/routes';
import { workOrderRoutes } from './work-orders/routes';

/** Every domain's routes, mounted under /api by app.ts. */
export const modules: FastifyPluginAsyncZod[] = [
  healthRoutes,
  clientConfigRoutes,
  organizationRoutes,
  sessionRoutes,
  passwordResetRoutes,
  accountRoutes,
  userRoutes,
  invitationRoutes,
  auditRoutes,
  devRoutes,
  placesRoutes,
  publicReportRoutes,
  publicSurveyRoutes,
  reportRoutes,
  reportCategoryRoutes,
  workOrderRoutes,
  open311Routes,
  surveyTextRoutes,
  surveyExportRoutes,
  surveyAnalysisRoutes,
  surveyRoutes,
  surveyIntakeRoutes,
  privacyRoutes,
  privacyNoticeRoutes,
  retentionRoutes,
];
