import type { Locale } from '../../../common/roles';

/** What Open311 errors say, in Swedish and English; Open311 clients show them to their users. */
const catalogue = {
  sv: {
    jurisdictionRequired: 'jurisdiction_id saknas (organisationens kortnamn)',
    jurisdictionNotFound: 'ingen organisation har detta jurisdiction_id',
    apiKeyMissing: 'api_key saknas – kan inte ta emot ärendet',
    apiKeyInvalid: 'ogiltig eller återkallad api_key – kan inte ta emot ärendet',
    apiKeyOtherJurisdiction: 'api_key hör till en annan organisation än jurisdiction_id',
    required: 'saknas',
    serviceNotFound: 'ingen sådan tjänst (service_code) finns',
    requestNotFound: 'inget sådant ärende finns',
    tokenNotFound: 'ingen sådan token finns',
    locationRequired: 'ange en plats: lat och long, address_string eller attribute[entrance_token]',
    addressIdUnsupported:
      'address_id stöds inte; skicka lat och long, address_string eller attribute[entrance_token]',
    latLongPair: 'lat och long måste skickas tillsammans',
    notANumber: 'är inte ett tal inom gränserna',
    notAnId: 'är inte ett giltigt id',
    notAUuid: 'måste vara ett UUID',
    dateSpan: 'start_date till end_date får omfatta högst 90 dagar',
    dateOrder: 'start_date måste vara före end_date',
    invalidStatus: 'status kan vara open eller closed',
    invalidEmail: 'är inte en giltig e-postadress',
    invalidPhone: 'är inte ett giltigt telefonnummer',
    tooLong: 'är för lång',
    notFound: 'finns inte',
    notADate:
      'är inte ett W3C-datum: YYYY, YYYY-MM, YYYY-MM-DD eller YYYY-MM-DDThh:mm[:ss]TZD (till exempel 2026-12-01T08:00Z)',
    outsideAreas:
      'platsen ligger inte i något av hyresvärdens områden; denna api_key tar inte emot sådana ärenden',
    keyRateLimited:
      'gränsen per api_key är nådd (giltiga ärenden per minut, se X-RateLimit-Limit) – försök igen efter Retry-After sekunder',
    readRateLimited:
      'gränsen för läsningar per klientadress är nådd (se X-RateLimit-Limit) – försök igen efter Retry-After sekunder',
    addressRateLimited:
      'gränsen per klientadress är nådd (POST-anrop per minut oavsett api_key, se X-RateLimit-Limit) – försök igen efter Retry-After sekunder',
  },
  en: {
    jurisdictionRequired: 'jurisdiction_id was not provided (the organization short name)',
    jurisdictionNotFound: 'no organization has this jurisdiction_id',
    apiKeyMissing: "api_key is missing -- can't proceed with create_request",
    apiKeyInvalid: "invalid or revoked api_key -- can't proceed with create_request",
    apiKeyOtherJurisdiction: 'api_key belongs to another organization than jurisdiction_id',
    required: 'is required',
    serviceNotFound: 'no such service (service_code)',
    requestNotFound: 'no such service request',
    tokenNotFound: 'no such token',
    locationRequired: 'a location is needed: lat and long, address_string or attribute[entrance_token]',
    addressIdUnsupported:
      'address_id is not supported; send lat and long, address_string or attribute[entrance_token]',
    latLongPair: 'lat and long must be sent together',
    notANumber: 'is not a number within range',
    notAnId: 'is not a valid id',
    notAUuid: 'must be a UUID',
    dateSpan: 'start_date to end_date may span at most 90 days',
    dateOrder: 'start_date must be before end_date',
    invalidStatus: 'status may be open or closed',
    invalidEmail: 'is not a valid e-mail address',
    invalidPhone: 'is not a valid phone number',
    tooLong: 'is too long',
    notFound: 'does not exist',
    notADate:
      'is not a W3C date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]TZD (for example 2026-12-01T08:00Z)',
    outsideAreas: "the place is in none of the landlord's areas; this api_key does not take such requests",
    keyRateLimited:
      'the limit per api_key is reached (valid requests a minute, see X-RateLimit-Limit) -- try again after Retry-After seconds',
    readRateLimited:
      'the limit on reads per client address is reached (see X-RateLimit-Limit) -- try again after Retry-After seconds',
    addressRateLimited:
      'the limit per client address is reached (POSTs a minute whatever the api_key, see X-RateLimit-Limit) -- try again after Retry-After seconds',
  },
} satisfies Record<Locale, Record<string, string>>;

export type Open311Message = keyof typeof catalogue.en;
export const open311Message = (locale: Locale, key: Open311Message): string => catalogue[locale][key];
