import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  privacyContactsInput,
  privacyContactsView,
  privacyNotice,
  privacyNoticeQuery,
  privacySettingsView,
} from '../../../common/contracts/privacy-notice';
import { requireActor } from '../../platform/auth/plugin';
import { readLimit } from '../public-reports/rate-limits';
import { readPrivacyContacts, savePrivacyContacts } from './contacts-service';
import { privacyNoticeOf } from './notice-service';
import { privacyNoticeUrlOf } from './notice-url';

/**
 * The organization's privacy contacts (read by members, set by admins) and the tenants' privacy
 * notice, which anyone may read.
 */
export const privacyNoticeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organization/privacy',
    {
      config: { permission: 'organization.read' },
      schema: { tags: ['organization'], response: { 200: privacySettingsView } },
    },
    async (request) => {
      const actor = requireActor(request);
      return {
        contacts: await readPrivacyContacts(app.db, actor),
        noticeUrl: await privacyNoticeUrlOf(app.db, app.config, actor.organizationId),
      };
    },
  );
  app.put(
    '/organization/privacy',
    {
      config: { permission: 'organization.settings' },
      schema: { tags: ['organization'], body: privacyContactsInput, response: { 200: privacyContactsView } },
    },
    async (request) => savePrivacyContacts(app.db, requireActor(request), request.body),
  );
  app.get(
    '/public/privacy-notice',
    {
      config: { ...readLimit, public: true },
      schema: { tags: ['public-reports'], querystring: privacyNoticeQuery, response: { 200: privacyNotice } },
    },
    async (request) => privacyNoticeOf(app.db, request.query.org),
  );
};
