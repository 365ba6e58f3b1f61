import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { buildings, entrances, surveyCodes, surveyOpenLinks, surveyWaves } from '../../db/schema';
import { AppError, notFound } from '../../platform/errors';
import { normalizeSurveyCode, surveyCodeHash } from '../surveys/codes';
import { claimHash } from '../surveys/record-response';
import { type AnsweringWave, answeringWaveColumns, waveOfOrganization } from '../surveys/response-wave';

/** Whom a tenant answers for and where: the wave, the channel and the place answers count in. */
export type SurveyTarget = {
  wave: AnsweringWave;
  channel: 'code' | 'open_link';
  place: { areaId: string; buildingId: string | null; entranceId: string | null };
  /** Channel 'code': the stored hash of the letter's code. */
  codeHash?: string;
};

const ensureAccepting = (wave: AnsweringWave) => {
  if (!wave.accepting) throw new AppError('survey_closed');
};

/**
 * The wave and place of a letter's code. Unknown → 404; used by another submission → 409
 * survey_code_used (kind words: the household has answered); used by this submission (a retry) → the
 * target, so recordResponse can make sure its sheet is buffered; run out, or the wave not taking
 * answers → 410 survey_closed.
 */
export async function targetOfCode(db: Db, code: string, submissionId?: string): Promise<SurveyTarget> {
  if (normalizeSurveyCode(code) === '') throw notFound();
  const codeHash = surveyCodeHash(code);
  const [row] = await db
    .select({
      organizationId: surveyCodes.organizationId,
      waveId: surveyCodes.waveId,
      areaId: surveyCodes.areaId,
      buildingId: surveyCodes.buildingId,
      entranceId: surveyCodes.entranceId,
      usedOn: surveyCodes.usedOn,
      claimHash: surveyCodes.claimHash,
      expired: sql<boolean>`(${surveyCodes.expiresOn} is not null and ${surveyCodes.expiresOn} < current_date)`,
    })
    .from(surveyCodes)
    .where(eq(surveyCodes.codeHash, codeHash));
  if (!row) throw notFound();
  if (row.usedOn && (!submissionId || row.claimHash !== claimHash(submissionId)))
    throw new AppError('survey_code_used');
  const wave = await waveOfOrganization(db, row.organizationId, row.waveId);
  if (!wave) throw notFound();
  if (row.expired) throw new AppError('survey_closed');
  ensureAccepting(wave);
  const { areaId, buildingId, entranceId } = row;
  return { wave, channel: 'code', place: { areaId, buildingId, entranceId }, codeHash };
}

/**
 * The wave and stairwell of an open link (/s/open/<token>): the token is the link's own (never the
 * entrance's public token), the entrance still live and in one of the wave's areas. Anything else
 * → 404. One statement: it runs for every answer sheet by open link.
 */
export async function targetOfOpenLink(db: Db, token: string): Promise<SurveyTarget> {
  const [row] = await db
    .select({
      ...answeringWaveColumns,
      areaId: buildings.areaId,
      buildingId: buildings.id,
      entranceId: entrances.id,
    })
    .from(surveyOpenLinks)
    .innerJoin(entrances, sameRow(entrances, surveyOpenLinks.organizationId, surveyOpenLinks.entranceId))
    .innerJoin(buildings, sameRow(buildings, entrances.organizationId, entrances.buildingId))
    .innerJoin(surveyWaves, sameRow(surveyWaves, surveyOpenLinks.organizationId, surveyOpenLinks.waveId))
    .where(
      and(
        eq(surveyOpenLinks.token, token),
        isNull(entrances.archivedAt),
        isNull(buildings.archivedAt),
        isNull(surveyWaves.archivedAt),
        sql`${surveyWaves.areaIds} ? ${buildings.areaId}::text`,
      ),
    );
  if (!row) throw notFound();
  const { areaId, buildingId, entranceId, ...wave } = row;
  ensureAccepting(wave);
  return { wave, channel: 'open_link', place: { areaId, buildingId, entranceId } };
}

/** An open link of the old form (wave id + the entrance's public token): replaced, said kindly. */
export function refuseLegacyOpenLink(): never {
  throw new AppError('survey_link_replaced');
}
