import { eq } from 'drizzle-orm';
import type { SurveyForm, TenantTexts } from '../../../common/contracts/survey-responses';
import { scaleAnswers, scaleLabels } from '../../../common/surveys/answer-scale';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { surveyArea, surveyBuilding } from '../surveys/response-place';
import { askedQuestions } from '../surveys/response-questions';
import type { SurveyTarget } from './survey-target';

const scale = scaleAnswers.map((value) => ({ value, label: scaleLabels[value] as TenantTexts }));

/**
 * The tenant form of a code or open link: the wave's questions in every tenant language, the
 * scale, where the answers count, and the area's outline when the wave asks the map question.
 * Nothing here says which household the code belongs to.
 */
export async function surveyFormOf(db: Db, target: SurveyTarget): Promise<SurveyForm> {
  const { wave, place } = target;
  const [organization] = await db
    .select({ name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, wave.organizationId));
  const area = await surveyArea(db, wave.organizationId, place.areaId);
  if (!organization || !area) throw notFound();
  const building = place.buildingId ? await surveyBuilding(db, wave.organizationId, place.buildingId) : null;
  const questions = await askedQuestions(db, wave.organizationId, wave.questionKeys);
  const map = questions.map && area.geometry ? { areaGeometry: area.geometry } : null;
  return {
    organizationName: organization.name,
    organizationSlug: organization.slug,
    waveName: wave.name,
    channel: target.channel,
    place: { areaName: area.name, buildingAddress: building?.address ?? null },
    // The map question without a map to answer on is left out.
    questions: questions.list
      .filter((question) => question.kind !== 'map_points' || map)
      .map(({ label: _label, ...question }) => question),
    scale,
    map,
  };
}
