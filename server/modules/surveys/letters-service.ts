import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { LettersInput } from '../../../common/contracts/survey-waves';
import { organizations } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { publicBaseUrl } from '../../platform/public-url';
import { privacyNoticePath } from '../privacy/notice-url';
import { issueLetterCodes } from './codes-issue';
import type { SurveyContext } from './context';
import { renderLetters } from './letters-pdf';
import { letterScope } from './letters-scope';
import { conflictError, fieldError } from './messages';
import { visibleWave } from './waves-access';

/**
 * Issues codes for the households in the scope that have none and returns their letters as one
 * PDF. The print run is audit-logged (counts and scope, never the codes). Codes are committed
 * before the PDF is drawn; if drawing failed, "reissue unused" prints them again.
 */
export async function printLetters(
  ctx: SurveyContext,
  request: FastifyRequest,
  id: string,
  input: LettersInput,
) {
  const run = await ctx.db.transaction(async (tx) => {
    const wave = await visibleWave(tx, ctx.actor, id);
    const scope = await letterScope(tx, ctx, wave, input);
    if (wave.status === 'closed') throw conflictError(ctx.locale, 'status', 'waveClosed');
    const issued = await issueLetterCodes(tx, wave, scope, input.reissueUnused ?? false);
    if (issued.apartments === 0)
      throw fieldError(ctx.locale, input.buildingIds ? 'buildingIds' : 'areaIds', 'noApartments');
    if (issued.letters.length === 0) throw conflictError(ctx.locale, 'reissueUnused', 'nothingToPrint');
    await recordAudit(tx, ctx.actor, {
      action: 'print_letters',
      entityType: 'survey_wave',
      entityId: wave.id,
      after: { letters: issued.letters.length, reissued: issued.reissued, ...scope },
    });
    const [organization] = await tx
      .select({ name: organizations.name, slug: organizations.slug })
      .from(organizations)
      .where(eq(organizations.id, ctx.actor.organizationId));
    return {
      wave,
      letters: issued.letters,
      organizationName: organization?.name ?? '',
      slug: organization?.slug ?? null,
    };
  });
  const baseUrl = publicBaseUrl(ctx.app.config, request);
  return renderLetters({
    organizationName: run.organizationName,
    waveName: run.wave.name,
    endsOn: run.wave.endsOn,
    baseUrl,
    privacyUrl: `${baseUrl}${privacyNoticePath(run.slug)}`,
    letters: run.letters,
  });
}
