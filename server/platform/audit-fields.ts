import { auditValueNotKept } from '../../common/audit/not-kept';

/**
 * Which values the audit log keeps, per entity type. The log is append-only and outlives every
 * erasure, so it records who did what to which entity and WHICH fields changed, but keeps a
 * field's value only when it is listed here: statuses, ids, roles, dates, flags, configuration.
 * Anything else — descriptions, comments, replies, titles, names, e-mail addresses, phone numbers,
 * positions, tokens — is recorded as changed without its value (deny by default), so a caller
 * that passes a whole row cannot leak it.
 *
 * To audit a new entity type or a new field: add its non-personal fields below. A new action on
 * an existing entity (a read, a break-glass) needs nothing here; its values follow the entity's
 * list. Keep a value only if it can be shown to every admin for as long as the log lives. Lists are
 * per entity type and field name, not per action: a value to keep that shares a name with one not
 * kept (a break-glass reason on a report, beside a rejection reason typed about a tenant's case)
 * gets a name of its own (`breakGlassReason`) or entity type, rather than widening `reason`.
 */
const keptFields: Record<string, readonly string[]> = {
  area: ['name', 'code', 'classification', 'geometry', 'minLon', 'minLat', 'maxLon', 'maxLat'],
  building: ['name', 'address', 'propertyDesignation', 'externalId', 'lon', 'lat'],
  entrance: ['label', 'lon', 'lat'],
  apartment: ['doorNumber', 'objectId'],
  user: ['locale', 'disabled', 'suspended', 'memberships', 'totpEnabled'],
  invitation: ['memberships', 'reason'],
  organization: ['name', 'requireTwoFactor', 'surveyBenchmarkOptIn'],
  open311_api_key: ['name', 'outsideAreas', 'disclosure'],
  open311_publication: ['publishSummaries'],
  external_body: ['name', 'open311Endpoint', 'open311ServiceCode'],
  // `fields`, `via`, `minutes`: a read of a restricted report names which parts were read (field
  // names, never their text), by role or break-glass, and how long a break-glass lasts.
  // `approvedAt`: when a public summary was approved or withdrawn (its text is not kept).
  report: ['status', 'restricted', 'source', 'fields', 'via', 'minutes', 'approvedAt'],
  report_category: ['key', 'name', 'description', 'restricted', 'pillar', 'targetDays', 'sortOrder'],
  response_template: ['status', 'locale'],
  work_order: ['number', 'pillar', 'priority', 'status', 'dueDate', 'cost', 'completedAt', 'phase'],
  // `reason`: an invitation's reason is a fixed key; a closed wave's change reason is staff's
  // justification for changing published figures — the point of that entry, kept nowhere else and
  // about a survey wave, not a tenant (docs/decisions.md).
  survey_wave: [
    'name',
    'kind',
    'startsOn',
    'endsOn',
    'questionKeys',
    'status',
    'changedAfterCloseAt',
    'letters',
    'reissued',
    'responses',
    'byEmail',
    'reason',
  ],
  // Which contact fields an admin changed (names only; the values are the organization's own).
  organization_privacy: ['changedFields'],
  // A data subject request is logged with the request's reference (staff's registry number, the
  // point of the entry: art. 15/17 requests must be traceable), how it searched and the counts;
  // never the e-mail address or phone number searched for.
  data_subject_request: ['reference', 'searchedBy', 'format', 'counts'],
  survey_index: ['key', 'label', 'itemKeys'],
  survey_question: ['key', 'section', 'kind', 'prompt', 'label', 'hint', 'required', 'multiple', 'options'],
  survey_target: ['year', 'measureKey', 'share'],
  survey_theme_correction: ['themeKey', 'action'],
};

/** Kept for every entity: when it was made, changed, archived or revoked. */
const commonFields = ['createdAt', 'updatedAt', 'archivedAt', 'revokedAt'];

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isIds = (value: unknown) =>
  value === null ||
  (typeof value === 'string' && uuid.test(value)) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string' && uuid.test(item)));

/** A reference (`id`, `areaId`, `reportIds`) is kept when it holds ids only; never a person's text. */
const isReference = (field: string) => /^id$|Ids?$/.test(field);

export function isKeptField(entityType: string, field: string, value: unknown): boolean {
  if (commonFields.includes(field) || keptFields[entityType]?.includes(field)) return true;
  return isReference(field) && isIds(value);
}

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One side alone (a creation, a deletion, an import's list): kept values, the rest marked. */
function alone(entityType: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((item) => alone(entityType, item));
  if (!isFields(value)) return auditValueNotKept;
  const out: Fields = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    if (fieldValue === undefined) continue;
    out[field] = isKeptField(entityType, field, fieldValue) ? fieldValue : auditValueNotKept;
  }
  return out;
}

/**
 * What the audit log stores of a change. With both sides: the changed fields (those in `after`),
 * kept ones with their values and the others marked; an unchanged field that is not kept is left
 * out, and `before` keeps the other kept fields as context.
 */
export function auditedValues(entityType: string, before: unknown, after: unknown) {
  if (!isFields(before) || !isFields(after)) {
    return { before: alone(entityType, before), after: alone(entityType, after) };
  }
  const keptBefore: Fields = {};
  const keptAfter: Fields = {};
  for (const [field, value] of Object.entries(before)) {
    if (!(field in after) && value !== undefined && isKeptField(entityType, field, value))
      keptBefore[field] = value;
  }
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const had = field in before && before[field] !== undefined;
    const kept =
      isKeptField(entityType, field, value) && (!had || isKeptField(entityType, field, before[field]));
    if (kept) {
      keptAfter[field] = value;
      if (had) keptBefore[field] = before[field];
    } else if (!had || !same(before[field], value)) {
      keptAfter[field] = auditValueNotKept;
      if (had) keptBefore[field] = auditValueNotKept;
    }
  }
  return { before: keptBefore, after: keptAfter };
}
