import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Open311RequestInput, open311Receipts } from '../../../common/contracts/open311';
import { maxDescriptionLength } from '../../../common/reporting';
import type { Locale } from '../../../common/roles';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { requestLocale } from '../../platform/locale';
import { type IntakeInput, receiveReport, resolvePlace } from '../reports/intake';
import { verifyApiKey } from './api-key';
import { resolveJurisdiction } from './jurisdiction';
import { Open311Error } from './open311-error';
import { categoryByCode } from './services';
import { attributesOf, clientRequestId, contactOf, positionOf } from './submission';

type Place = Pick<IntakeInput, 'areaId' | 'buildingId' | 'entranceId' | 'lon' | 'lat' | 'locationText'>;

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
    // The tenant page calls the field entranceToken; an Open311 client sent attribute[entrance_token].
    if (!(error instanceof AppError)) throw error;
    const issues = error.issues?.map((issue) => ({ ...issue, path: 'attribute[entrance_token]' }));
    throw new AppError(error.code, issues);
  }
}

function descriptionOf(body: Open311RequestInput): string {
  if (!body.description) throw new Open311Error(400, 'required', 'description');
  if (body.description.length > maxDescriptionLength) throw new Open311Error(400, 'tooLong', 'description');
  return body.description;
}

const notices = {
  sv: (code: string) => `Tack! Ärendet är mottaget. Spårningskod: ${code}`,
  en: (code: string) => `Thank you, the report was received. Tracking code: ${code}`,
};

/**
 * POST requests: checks the api_key first (403), then the jurisdiction, service and place, and
 * files the report through the same intake as the tenant page (source 'open311'). Media URLs
 * are not fetched: we never download from addresses a client names.
 */
export async function createRequest(
  app: FastifyInstance,
  request: FastifyRequest,
  body: Open311RequestInput,
) {
  const owner = await verifyApiKey(app.db, body.api_key);
  const jurisdiction = await resolveJurisdiction(app.db, request, body.jurisdiction_id, owner.organizationId);
  if (jurisdiction.id !== owner.organizationId) {
    throw new Open311Error(403, 'apiKeyOtherJurisdiction', 'api_key');
  }
  if (!body.service_code) throw new Open311Error(400, 'required', 'service_code');
  const category = await categoryByCode(app.db, jurisdiction.id, body.service_code);
  const attributes = attributesOf(body);
  const id = clientRequestId(attributes) ?? newId();
  const locale = requestLocale(request);
  const place = await placeOf(app, jurisdiction.id, body, attributes, locale);
  const input: IntakeInput = {
    id,
    organizationId: jurisdiction.id,
    categoryId: category.id,
    restricted: category.restricted,
    source: 'open311',
    description: descriptionOf(body),
    ...place,
    locale: body.locale ?? 'sv',
    contact: contactOf(body),
    apiKeyId: owner.apiKeyId,
  };
  const { report, alreadyReceived } = await receiveReport(app.db, app.storage, input, [], { locale });
  const notice = (body.locale === 'sv' || !body.locale ? notices.sv : notices.en)(report.trackingCode);
  const receipts: z.infer<typeof open311Receipts> = [
    { service_request_id: report.id, service_notice: notice, account_id: null },
  ];
  return { receipts, alreadyReceived };
}
