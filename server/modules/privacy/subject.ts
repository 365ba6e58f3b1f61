import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The person a request is about: an e-mail address or a phone number, as staff typed it. */
export type Subject = { email: string } | { phone: string };

/** The same number however it was written: digits only, a Swedish +46/0046 prefix as a leading 0. */
export function normalizePhone(phone: string): string {
  return phone.replace(/\D/g, '').replace(/^(00)?46(?=\d{7,})/, '0');
}

/** The SQL twin of normalizePhone, for a stored column. */
const storedPhone = (column: AnyPgColumn) =>
  sql`regexp_replace(regexp_replace(${column}, '\\D', '', 'g'), '^(00)?46(?=[0-9]{7,})', '0')`;

/**
 * Whether a stored e-mail or phone column holds the subject's address or number. E-mail is
 * compared without case (as mail delivers it); a phone by its digits.
 */
export function matchesSubject(subject: Subject, columns: { email?: AnyPgColumn; phone?: AnyPgColumn }): SQL {
  if ('email' in subject) {
    return columns.email ? sql`lower(${columns.email}) = ${subject.email.toLowerCase()}` : sql`false`;
  }
  const digits = normalizePhone(subject.phone);
  return columns.phone ? sql`${storedPhone(columns.phone)} = ${digits}` : sql`false`;
}

/** What the request was searched by, for the audit log: the kind, never the value. */
export const subjectKind = (subject: Subject): 'email' | 'phone' => ('email' in subject ? 'email' : 'phone');
