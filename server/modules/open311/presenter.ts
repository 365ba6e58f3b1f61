import type { Open311Request } from '../../../common/contracts/open311';
import type { TenantLocale } from '../../../common/reporting';
import type { Jurisdiction } from './jurisdiction';
import { localized } from './localized';
import type { RequestRow } from './request-rows';
import { extendedStatus, open311Status } from './statuses';

/** W3C datetime in UTC, whole seconds (2010-01-01T00:00:00Z), as the specification's examples. */
export const w3 = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const dayMs = 24 * 60 * 60 * 1000;

/** Most specific to most general, as the specification asks: "Storgatan 1 A, Fittja". */
function address(row: RequestRow): string | null {
  const street = row.buildingAddress
    ? [row.buildingAddress, row.entranceLabel].filter(Boolean).join(' ')
    : row.report.locationText;
  const parts = [street, row.areaName].filter((part): part is string => !!part);
  return parts.length ? parts.join(', ') : null;
}

/**
 * A report as an Open311 service request. Never contact details, never internal notes: only
 * what the reporter's status page would show plus the description and place, like FixMyStreet.
 * Photos are not published (media_url stays empty).
 */
export function presentRequest(
  row: RequestRow,
  jurisdiction: Jurisdiction,
  options: { locale: TenantLocale; extensions: boolean },
): Open311Request {
  const { report } = row;
  const status = open311Status(report.status);
  const expected = new Date(report.createdAt.getTime() + row.category.targetDays * dayMs);
  return {
    service_request_id: report.id,
    status,
    ...(options.extensions ? { extended_status: extendedStatus(report.status) } : {}),
    status_notes: report.publicReply,
    service_name: localized(row.category.name, options.locale),
    service_code: row.category.key,
    description: report.description,
    agency_responsible: row.forwardedTo ?? jurisdiction.name,
    service_notice: null,
    requested_datetime: w3(report.createdAt),
    updated_datetime: w3(status === 'closed' ? (report.closedAt ?? report.updatedAt) : report.updatedAt),
    expected_datetime: status === 'open' ? w3(expected) : null,
    address: address(row),
    lat: report.lat,
    long: report.lon,
    media_url: null,
  };
}
