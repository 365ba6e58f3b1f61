import type { Open311Disclosure, Open311Request } from '../../../common/contracts/open311';
import type { TenantLocale } from '../../../common/reporting';
import { gridCellCentre } from '../../platform/geo/grid-cell';
import type { Jurisdiction } from './jurisdiction';
import { localized } from './localized';
import type { Reader } from './reader-disclosure';
import type { RequestRow } from './request-rows';
import { extendedStatus, open311Status } from './statuses';

/** W3C datetime in UTC, whole seconds (2010-01-01T00:00:00Z), as the specification's examples. */
export const w3 = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The grid a published point is snapped to, per level: 250 m for anyone (a block among blocks,
 * not a door), 100 m for an 'area' agreement; null keeps the exact point.
 */
const cellMetres: Record<Open311Disclosure, number | null> = {
  public: 250,
  area: 100,
  exact_position: null,
  full: null,
};

type Place = Pick<Open311Request, 'address' | 'lat' | 'long'>;

/**
 * Where it is, as much as the level allows, most specific first as the specification asks:
 * the area's name only; then the street address; then the entrance ("Storgatan 1 A, Fittja");
 * the reporter's own words about the place only at 'full'.
 */
function placeOf(row: RequestRow, level: Open311Disclosure): Place {
  const { report } = row;
  const street = {
    public: null,
    area: row.buildingAddress,
    exact_position: row.buildingAddress && [row.buildingAddress, row.entranceLabel].filter(Boolean).join(' '),
    full: row.buildingAddress
      ? [row.buildingAddress, row.entranceLabel].filter(Boolean).join(' ')
      : report.locationText,
  }[level];
  const parts = [street, row.areaName].filter((part): part is string => !!part);
  const address = parts.length ? parts.join(', ') : null;
  if (report.lat == null || report.lon == null) return { address, lat: null, long: null };
  const cell = cellMetres[level];
  if (cell == null) return { address, lat: report.lat, long: report.lon };
  const centre = gridCellCentre({ lat: report.lat, lon: report.lon }, cell);
  return { address, lat: centre.lat, long: centre.lon };
}

/**
 * The only text a reader sees: the tenant's words and the replies written to them only under a
 * 'full' agreement; otherwise a summary staff approved for publication, while the
 * organization publishes them; otherwise nothing.
 */
function textOf(row: RequestRow, reader: Reader): Pick<Open311Request, 'description' | 'status_notes'> {
  if (reader.level === 'full')
    return { description: row.report.description, status_notes: row.report.publicReply };
  return { description: (reader.summaries && row.publicSummary) || '', status_notes: null };
}

/**
 * A report as an Open311 service request, for one reader. Every read resource goes through
 * here: category, status and dates for everyone; place and text by the reader's disclosure
 * level (see open311Disclosure). Never contact details, internal notes or photos (media_url).
 */
export function presentRequest(
  row: RequestRow,
  jurisdiction: Jurisdiction,
  options: { locale: TenantLocale; extensions: boolean; reader: Reader },
): Open311Request {
  const { report } = row;
  const status = open311Status(report.status);
  const expected = new Date(report.createdAt.getTime() + row.category.targetDays * dayMs);
  const place = placeOf(row, options.reader.level);
  const text = textOf(row, options.reader);
  return {
    service_request_id: report.id,
    status,
    ...(options.extensions ? { extended_status: extendedStatus(report.status) } : {}),
    status_notes: text.status_notes,
    service_name: localized(row.category.name, options.locale),
    service_code: row.category.key,
    description: text.description,
    agency_responsible: row.forwardedTo ?? jurisdiction.name,
    service_notice: null,
    requested_datetime: w3(report.createdAt),
    updated_datetime: w3(status === 'closed' ? (report.closedAt ?? report.updatedAt) : report.updatedAt),
    expected_datetime: status === 'open' ? w3(expected) : null,
    ...place,
    media_url: null,
  };
}

/** A service request update's text: a reply written to the tenant is theirs, read only under 'full'. */
export const updateText = (publicText: string | null, reader: Reader): string =>
  reader.level === 'full' ? (publicText ?? '') : '';
