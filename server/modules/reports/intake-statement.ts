import { getTableColumns, getTableName } from 'drizzle-orm';
import { photos, reports, reportUpdates } from '../../db/schema';

/** A photo row's values in the order the statement's VALUES list takes them. */
export type PhotoValues = [
  id: string,
  storageKey: string,
  contentType: string,
  width: number,
  height: number,
  bytes: number,
];

const statements = new Map<string, string>();

/**
 * The text of the one statement that stores a report: the report row (its columns are the keys
 * of `row`, in that order), its first timeline entry and its photos' rows, all or nothing
 * without a transaction. Built once per shape and kept: intake is the hot path.
 * Parameters: the row's values, then the timeline entry's id, then six per photo.
 */
export function intakeStatement(keys: string[], photoCount: number): { name: string; text: string } {
  const shape = `${keys.join(',')}|${photoCount}`;
  let text = statements.get(shape);
  if (!text) {
    text = buildStatement(keys, photoCount);
    statements.set(shape, text);
  }
  // The name identifies the prepared statement on each PostgreSQL connection: one per shape.
  return { name: `trygg_intake_${[...statements.keys()].indexOf(shape)}`, text };
}

const quoted = (name: string) => `"${name}"`;

function buildStatement(keys: string[], photoCount: number): string {
  const columns = getTableColumns(reports) as Record<string, { name: string }>;
  const organization = `$${keys.indexOf('organizationId') + 1}`;
  const timelineId = `$${keys.length + 1}`;
  const photoValues = Array.from({ length: photoCount }, (_, photo) => {
    const first = keys.length + 2 + photo * 6;
    const [id, key, type, width, height, bytes] = [0, 1, 2, 3, 4, 5].map((i) => `$${first + i}`);
    return `(${id}::uuid, ${key}::text, ${type}::text, ${width}::int, ${height}::int, ${bytes}::int)`;
  });
  const photoInsert = photoCount
    ? `, photo_rows as (
        insert into ${quoted(getTableName(photos))}
          (organization_id, id, owner_type, owner_id, storage_key, content_type, width, height, bytes)
        select ${organization}, p.id, 'report', inserted.id, p.key, p.type, p.width, p.height, p.bytes
        from inserted, (values ${photoValues.join(', ')}) as p(id, key, type, width, height, bytes))`
    : '';
  return `with inserted as (
      insert into ${quoted(getTableName(reports))} (${keys.map((key) => quoted(columns[key].name)).join(', ')})
      values (${keys.map((_, i) => `$${i + 1}`).join(', ')})
      on conflict (organization_id, id) do nothing
      returning id, tracking_code, status, created_at
    ), timeline as (
      insert into ${quoted(getTableName(reportUpdates))} (organization_id, id, report_id, status)
      select ${organization}, ${timelineId}, id, 'new' from inserted
    )${photoInsert}
    select * from inserted`;
}
