import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Open311RequestInput, open311Receipts } from '../../../common/contracts/open311';
import { maxDescriptionLength } from '../../../common/reporting';
import type { Locale } from '../../../common/roles';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { type IntakeInput, receiveReport, resolvePlace } from '../reports/intake';
import { apiKeyOf, verifyApiKey } from './api-key';
import { resolveJurisdiction } from './jurisdiction';
import { localized } from './localized';
import { Open311Error } from './open311-error';
import { open311Locale } from './open311-locale';
import { categoryByCode } from './services';
import { attributesOf, clientRequestId, contactOf, positionOf } from './submission';

type Place = Pick<IntakeInput, 'areaId' | 'buildingId' | 'entranceId' | 'lon' | 'lat' | 'locationText'>;
type Category = Awaited<ReturnType<typeof categoryByCode>>;

/** The tenant page's field names, as an Open311 client sent them. */
const open311Field: Record<string, string> = { entranceToken: 'attribute[entrance_token]', position: 'lat' };

/** Where it is: an entrance's QR token, a position, or words; at least one (400 otherwise). */
async function placeOf(
  app: FastifyInstance,
  organizationId: string,
  body: Open311RequestInput,
  attributes: Record<string, string>,
  locale: Locale,
): Promise<Place> {
  const position = positionOf(body);
  const entranceToken = attributes.entrance_token;
  const words = [body.address_string, attributes.location_text].filter(Boolean).join(' — ').slice(0, 300);
  const locationText = words || null;
  if (!position && !entranceToken && !locationText) {
    throw new Open311Error(400, body.address_id ? 'addressIdUnsupported' : 'locationRequired', 'lat');
  }
  if (!position && !entranceToken) {
    return { areaId: null, buildingId: null, entranceId: null, lon: null, lat: null, locationText };
  }
  try {
    return {
      ...(await resolvePlace(app.db, organizationId, { entranceToken, position }, locale)),
      locationText,
    };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const issues = error.issues?.map((issue) => ({ ...issue, path: open311Field[issue.path] ?? issue.path }));
    throw new AppError(error.code, issues);
  }
}

/**
 * The specification makes description optional. Without one, the request is still meaningful:
 * its service (category) says what, its place where; the category's name is stored as the text,
 * so staff lists and Open311 reads show what was reported rather than nothing.
 */
function descriptionOf(body: Open311RequestInput, category: Category): string {
  if (!body.description) return localized(category.name, body.locale ?? 'sv');
  if (body.description.length > maxDescriptionLength) throw new Open311Error(400, 'tooLong', 'description');
  return body.description;
}

const notices = {
  sv: {
    received: (code: string) => `Tack! Ärendet är mottaget. Spårningskod: ${code}`,
    outside: ' Platsen ligger utanför hyresvärdens områden: ärendet kan höra till någon annan.',
  },
  en: {
    received: (code: string) => `Thank you, the report was received. Tracking code: ${code}`,
    outside: " The place is outside the landlord's areas: the request may belong to someone else.",
  },
};

/** A point that lies in none of the organization's areas (a QR code always names one). */
const outsideAreas = (place: Place) => place.lat !== null && place.areaId === null;

/**
 * POST requests: checks the api_key first (403), then the jurisdiction, service and place, and
 * files the report through the same intake as the tenant page (source 'open311'). A point in
 * none of the areas is filed with a service_notice saying so, or refused when the key is set
 * to refuse such requests. Media URLs are not fetched: we never download from addresses a
 * client names.
 */
export async function createRequest(
  app: FastifyInstance,
  request: FastifyRequest,
  body: Open311RequestInput,
  query: { jurisdiction_id?: string },
) {
  const owner = await verifyApiKey(app.db, apiKeyOf(request));
  const jurisdictionId = body.jurisdiction_id ?? query.jurisdiction_id;
  const jurisdiction = await resolveJurisdiction(app.db, request, jurisdictionId, owner.organizationId);
  if (jurisdiction.id !== owner.organizationId) {
    throw new Open311Error(403, 'apiKeyOtherJurisdiction', 'api_key');
  }
  if (!body.service_code) throw new Open311Error(400, 'required', 'service_code');
  const category = await categoryByCode(app.db, jurisdiction.id, body.service_code);
  const attributes = attributesOf(body);
  const id = clientRequestId(attributes) ?? newId();
  const locale = open311Locale(request);
  const place = await placeOf(app, jurisdiction.id, body, attributes, locale);
  const outside = outsideAreas(place);
  if (outside && owner.outsideAreas === 'refuse') throw new Open311Error(400, 'outsideAreas', 'lat');
  const input: IntakeInput = {
    id,
    organizationId: jurisdiction.id,
    categoryId: category.id,
    restricted: category.restricted,
    source: 'open311',
    description: descriptionOf(body, category),
    ...place,
    locale: body.locale ?? 'sv',
    contact: contactOf(body),
    apiKeyId: owner.apiKeyId,
  };
  const { report, alreadyReceived } = await receiveReport(app.db, app.storage, input, [], { locale });
  const texts = body.locale === 'sv' || !body.locale ? notices.sv : notices.en;
  const notice = texts.received(report.trackingCode) + (outside ? texts.outside : '');
  const receipts: z.infer<typeof open311Receipts> = [
    { service_request_id: report.id, service_notice: notice, account_id: null },
  ];
  return { receipts, alreadyReceived };
}
