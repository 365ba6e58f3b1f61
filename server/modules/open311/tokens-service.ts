import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { open311Tokens } from '../../../common/contracts/open311';
import type { Db } from '../../db/client';
import { reports } from '../../db/schema';
import { normalizeTrackingCode } from '../reports/tracking-code';
import type { Jurisdiction } from './jurisdiction';
import { Open311Error } from './open311-error';

/**
 * GET tokens/{token}: our token is the report's tracking code (the receipt's short code).
 * Requests are realtime, so clients get service_request_id at once; this maps a code someone
 * holds to its id, for completeness. Restricted reports are not found here either.
 */
export async function requestIdOfToken(
  db: Db,
  jurisdiction: Jurisdiction,
  token: string,
): Promise<z.infer<typeof open311Tokens>> {
  // Any case, with or without the dash: as people type it from the receipt.
  const code = normalizeTrackingCode(token);
  if (!code) throw new Open311Error(404, 'tokenNotFound', 'token');
  const [found] = await db
    .select({ id: reports.id, trackingCode: reports.trackingCode })
    .from(reports)
    .where(
      and(
        eq(reports.organizationId, jurisdiction.id),
        eq(reports.restricted, false),
        eq(reports.trackingCode, code),
      ),
    );
  if (!found) throw new Open311Error(404, 'tokenNotFound', 'token');
  return [{ service_request_id: found.id, token: found.trackingCode }];
}
