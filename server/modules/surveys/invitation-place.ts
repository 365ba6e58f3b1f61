import { and, eq } from 'drizzle-orm';
import type { InvitationInput } from '../../../common/contracts/survey-waves';
import type { Tx } from '../../db/client';
import { apartments, buildings, entrances } from '../../db/schema';
import { buildingOfEntrance, entranceOfApartment } from './place-joins';

/** Where an invited household lives, as far as it is known (area always). */
export type InvitationPlace = {
  areaId: string;
  buildingId: string | null;
  entranceId: string | null;
  apartmentId: string | null;
};

type Given = Pick<InvitationInput, 'apartmentId' | 'entranceId' | 'buildingId'>;

/** The place of an apartment, entrance or building of the organization; null when there is none. */
export async function invitationPlace(
  tx: Tx,
  organizationId: string,
  given: Given,
): Promise<InvitationPlace | null> {
  const [row] = await tx
    .select({
      apartmentId: apartments.id,
      entranceId: entrances.id,
      buildingId: buildings.id,
      areaId: buildings.areaId,
    })
    .from(buildings)
    .leftJoin(entrances, buildingOfEntrance)
    .leftJoin(apartments, entranceOfApartment)
    .where(
      and(
        eq(buildings.organizationId, organizationId),
        given.apartmentId ? eq(apartments.id, given.apartmentId) : undefined,
        given.entranceId ? eq(entrances.id, given.entranceId) : undefined,
        given.buildingId ? eq(buildings.id, given.buildingId) : undefined,
      ),
    )
    .limit(1);
  if (!row) return null;
  return {
    areaId: row.areaId,
    buildingId: row.buildingId,
    entranceId: given.apartmentId || given.entranceId ? row.entranceId : null,
    apartmentId: given.apartmentId ? row.apartmentId : null,
  };
}
