import { sameRow } from '../../db/same-row';
import { apartments, buildings, entrances } from '../../db/schema';

/*
 * The join conditions from an apartment to its entrance and from an entrance to its building,
 * within one organization. Letters, invitations, household counts and the demo seed all place
 * an apartment this way; sharing the conditions keeps them from drifting apart. Either table
 * may come first in the join.
 */

/** An apartment's entrance (or an entrance's apartments). */
export const entranceOfApartment = sameRow(entrances, apartments.organizationId, apartments.entranceId);

/** An entrance's building (or a building's entrances). */
export const buildingOfEntrance = sameRow(buildings, entrances.organizationId, entrances.buildingId);
