import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { open311Discovery } from '../../../common/contracts/open311';
import type { Config } from '../../config';
import { publicBaseUrl } from '../../platform/public-url';

/**
 * When the service list or definitions last changed (last: restricted services' descriptions);
 * clients refresh cached copies after it.
 */
const changeset = '2026-12-07T00:00:00Z';

/** The Service Discovery document (http://wiki.open311.org/Service_Discovery). */
export function discovery(config: Config, request: FastifyRequest): z.infer<typeof open311Discovery> {
  const origin = publicBaseUrl(config, request);
  return {
    changeset,
    contact: 'Contact the housing company that runs this installation (its administrators manage Trygg).',
    key_service:
      'Reading is open. To file requests, ask an administrator of the housing company for an api_key; they make one under Open311 keys in Trygg.',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${origin}/api/open311/v2`,
        changeset,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}
