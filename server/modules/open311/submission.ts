import { z } from 'zod';
import type { Open311RequestInput } from '../../../common/contracts/open311';
import { Open311Error } from './open311-error';

/**
 * attribute[code]=value pairs: form bodies carry them as flat keys, JSON bodies may nest them
 * in an `attribute` object. Both end up here; only string values count.
 */
export function attributesOf(body: Open311RequestInput): Record<string, string> {
  const attributes: Record<string, string> = {};
  const take = (code: string, value: unknown) => {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' && first.trim() !== '') attributes[code] = first.trim();
  };
  for (const [code, value] of Object.entries(body.attribute ?? {})) take(code, value);
  for (const [key, value] of Object.entries(body)) {
    const match = /^attribute\[([A-Za-z0-9_]{1,60})\](\[\])?$/.exec(key);
    if (match?.[1]) take(match[1], value);
  }
  return attributes;
}

function coordinate(value: string, field: 'lat' | 'long'): number {
  const limit = field === 'lat' ? 90 : 180;
  const number = Number(value);
  if (!/^-?\d+(\.\d+)?$/.test(value) || Math.abs(number) > limit) {
    throw new Open311Error(400, 'notANumber', field);
  }
  return number;
}

/** lat and long, both or neither. */
export function positionOf(body: Open311RequestInput): { lon: number; lat: number } | undefined {
  if (body.lat === undefined && body.long === undefined) return undefined;
  if (body.lat === undefined || body.long === undefined) {
    throw new Open311Error(400, 'latLongPair', body.lat === undefined ? 'lat' : 'long');
  }
  return { lat: coordinate(body.lat, 'lat'), lon: coordinate(body.long, 'long') };
}

const email = z.email();
const phone = /^[+0-9 ()-]{5,30}$/;

/**
 * Contact details, only when an e-mail or phone number was given. An Open311 client collects
 * them under its own consent text; receiving them records that consent (reports.contact_consent_at).
 */
export function contactOf(body: Open311RequestInput) {
  if (!body.email && !body.phone) return null;
  if (body.email && !email.safeParse(body.email).success)
    throw new Open311Error(400, 'invalidEmail', 'email');
  if (body.phone && !phone.test(body.phone)) throw new Open311Error(400, 'invalidPhone', 'phone');
  const name = [body.first_name, body.last_name].filter(Boolean).join(' ').slice(0, 200);
  return {
    ...(name ? { name } : {}),
    ...(body.email ? { email: body.email } : {}),
    ...(body.phone ? { phone: body.phone } : {}),
    wantsUpdates: false,
  };
}

const uuid = z.uuid();

/** The client's own id (attribute[client_request_id]) makes a retry find the report it already made. */
export function clientRequestId(attributes: Record<string, string>): string | undefined {
  const id = attributes.client_request_id;
  if (id === undefined) return undefined;
  if (!uuid.safeParse(id).success) throw new Open311Error(400, 'notAUuid', 'attribute[client_request_id]');
  return id.toLowerCase();
}
