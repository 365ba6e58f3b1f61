import { and, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { surveyCodes } from '../../db/schema';
import { newId } from '../../platform/ids';
import { newSurveyCode, surveyCodeHash } from './codes';
import type { Letter } from './letters-pdf';
import { apartmentsIn, type LetterScope } from './letters-scope';
import type { WaveRow } from './waves-access';

/** Rows per insert: well under PostgreSQL's 65 535 parameters for a whole company's print run. */
const chunk = 2000;

/**
 * The wave's codes that belong to an apartment: its letters and personal invitations. Both the
 * reissue and the search for apartments already given a code start from these.
 */
function apartmentCodesOf(wave: WaveRow) {
  return and(
    eq(surveyCodes.organizationId, wave.organizationId),
    eq(surveyCodes.waveId, wave.id),
    isNotNull(surveyCodes.apartmentId),
  );
}

/** Deletes the letter codes nobody has used yet in the scope (lost letters, a new print run). */
async function deleteUnused(tx: Tx, wave: WaveRow, scope: LetterScope): Promise<number> {
  const deleted = await tx
    .delete(surveyCodes)
    .where(
      and(
        apartmentCodesOf(wave),
        isNull(surveyCodes.usedOn),
        // Invitations of a continuous survey are someone's personal link: not part of a print run.
        isNull(surveyCodes.inviteReason),
        or(inArray(surveyCodes.areaId, scope.areaIds), inArray(surveyCodes.buildingId, scope.buildingIds)),
      ),
    )
    .returning({ id: surveyCodes.id });
  return deleted.length;
}

async function apartmentsWithCode(tx: Tx, wave: WaveRow): Promise<Set<string>> {
  const rows = await tx
    .select({ apartmentId: surveyCodes.apartmentId })
    .from(surveyCodes)
    .where(apartmentCodesOf(wave));
  return new Set(rows.map((row) => row.apartmentId as string));
}

/**
 * Gives every apartment in the scope that has no code for this wave a new one (after deleting
 * unused ones when reissuing). Only the codes' hashes are stored; the codes themselves exist
 * only in the returned letters, which are printed and then forgotten.
 */
export async function issueLetterCodes(tx: Tx, wave: WaveRow, scope: LetterScope, reissueUnused: boolean) {
  const reissued = reissueUnused ? await deleteUnused(tx, wave, scope) : 0;
  const apartments = await apartmentsIn(tx, wave.organizationId, scope);
  const taken = await apartmentsWithCode(tx, wave);
  const letters: Letter[] = [];
  const rows: (typeof surveyCodes.$inferInsert)[] = [];
  for (const apartment of apartments) {
    if (taken.has(apartment.apartmentId)) continue;
    const code = newSurveyCode();
    letters.push({
      address: `${apartment.address} · ${apartment.entranceLabel}`,
      doorNumber: apartment.doorNumber,
      code,
    });
    rows.push({
      organizationId: wave.organizationId,
      id: newId(),
      waveId: wave.id,
      apartmentId: apartment.apartmentId,
      areaId: apartment.areaId,
      buildingId: apartment.buildingId,
      entranceId: apartment.entranceId,
      codeHash: surveyCodeHash(code),
    });
  }
  for (let i = 0; i < rows.length; i += chunk) await tx.insert(surveyCodes).values(rows.slice(i, i + chunk));
  return { apartments: apartments.length, letters, reissued };
}
