import type { FastifyInstance } from 'fastify';
import { phonePhoto } from '../../platform/test-images';
import { loginAs } from '../../testing/factories';
import { multipartBody, publicSetup, submission, tenantClient } from '../public-reports/test-public';
import { createTestWave } from '../surveys/testing';

/**
 * An organization where one tenant (a fresh e-mail) has made two reports through the public form,
 * one with a photo and one answered by staff (so mail to them is kept), and another tenant one.
 */
export async function organizationWithSubject(app: FastifyInstance, email: string) {
  const setup = await publicSetup(app);
  const tenant = tenantClient(app);
  const contact = {
    name: 'Anna Andersson',
    email,
    phone: '070-123 45 67',
    consent: true,
    wantsUpdates: true,
  };
  const withPhoto = multipartBody(
    submission(setup.slug, {
      contact,
      description: 'Anna: the lamp outside my door at 12B is out',
      locale: 'sv',
    }),
    [await phonePhoto()],
  );
  const first = (await tenant.request({ method: 'POST', url: '/api/public/reports', ...withPhoto })).json();
  const second = (
    await tenant.post(
      '/api/public/reports',
      submission(setup.slug, { contact, locationText: 'Behind my shed' }),
    )
  ).json();
  const other = (
    await tenant.post(
      '/api/public/reports',
      submission(setup.slug, { contact: { email: `other-${email}`, consent: true, wantsUpdates: true } }),
    )
  ).json();
  const organizationId = setup.admin.organizationId;
  const coordinator = await loginAs(app, 'safety_coordinator', { organizationId });
  for (const receipt of [second, other]) {
    const accepted = await coordinator.post(`/api/reports/${receipt.id}/accept`, {});
    if (accepted.statusCode !== 200) throw new Error(accepted.body);
  }
  // An invitation to the continuous survey, mailed to the same address.
  const wave = await createTestWave(app, {
    organizationId,
    areaIds: [setup.areaId],
    kind: 'continuous',
    status: 'open',
  });
  const invited = await setup.admin.post(`/api/survey-waves/${wave.id}/invitations`, {
    apartmentId: setup.apartmentId,
    email,
    reason: 'work_order_done',
  });
  if (invited.statusCode !== 201) throw new Error(invited.body);
  const social = await loginAs(app, 'social_coordinator', { organizationId });
  return { setup, organizationId, social, coordinator, reports: { first, second, other } };
}
