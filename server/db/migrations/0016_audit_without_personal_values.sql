-- hand-written:
-- Issue 12: the audit log kept copies of free text and personal values (a report description with
-- a personal identity number, a named suspect, e-mail addresses). From now on the writer keeps
-- only the values of fields listed per entity type (server/platform/audit-fields.ts); this
-- migration gives the rows already written the same treatment, once: a value that the list does
-- not keep becomes "(not kept)", and an unchanged field that is not kept is left out.
--
-- It is the one sanctioned rewrite of the append-only log (docs/decisions.md): the trigger that
-- rejects UPDATE is disabled for this statement only and enabled again in the same transaction
-- (migrations run in one), so no other session ever sees the log writable. Cost: one pass over
-- audit_log under an exclusive lock on it, once; only rows that change are written.
-- The lists below are those of audit-fields.ts at the time of writing; the functions are dropped
-- at the end, so later changes to the lists need no change here.
CREATE FUNCTION trygg_audit_kept(entity text, field text, value jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT field = ANY (ARRAY['createdAt', 'updatedAt', 'archivedAt', 'revokedAt'])
    OR field = ANY (CASE entity
      WHEN 'area' THEN ARRAY['name', 'code', 'classification', 'geometry', 'minLon', 'minLat', 'maxLon', 'maxLat']
      WHEN 'building' THEN ARRAY['name', 'address', 'propertyDesignation', 'externalId', 'lon', 'lat']
      WHEN 'entrance' THEN ARRAY['label', 'lon', 'lat']
      WHEN 'apartment' THEN ARRAY['doorNumber', 'objectId']
      WHEN 'user' THEN ARRAY['locale', 'disabled', 'suspended', 'memberships', 'totpEnabled']
      WHEN 'invitation' THEN ARRAY['memberships', 'reason']
      WHEN 'organization' THEN ARRAY['name', 'requireTwoFactor', 'surveyBenchmarkOptIn']
      WHEN 'open311_api_key' THEN ARRAY['name', 'outsideAreas']
      WHEN 'external_body' THEN ARRAY['name', 'open311Endpoint', 'open311ServiceCode']
      WHEN 'report' THEN ARRAY['status', 'restricted', 'source']
      WHEN 'report_category' THEN ARRAY['key', 'name', 'description', 'restricted', 'pillar', 'targetDays', 'sortOrder']
      WHEN 'response_template' THEN ARRAY['status', 'locale']
      WHEN 'work_order' THEN ARRAY['number', 'pillar', 'priority', 'status', 'dueDate', 'cost', 'completedAt', 'phase']
      WHEN 'survey_wave' THEN ARRAY['name', 'kind', 'startsOn', 'endsOn', 'questionKeys', 'status',
        'changedAfterCloseAt', 'letters', 'reissued', 'responses', 'byEmail', 'reason']
      WHEN 'survey_index' THEN ARRAY['key', 'label', 'itemKeys']
      WHEN 'survey_question' THEN ARRAY['key', 'section', 'kind', 'prompt', 'label', 'hint', 'required', 'multiple', 'options']
      WHEN 'survey_target' THEN ARRAY['year', 'measureKey', 'share']
      WHEN 'survey_theme_correction' THEN ARRAY['themeKey', 'action']
      ELSE ARRAY[]::text[] END)
    OR (field ~ '^id$|Ids?$' AND (
      jsonb_typeof(value) = 'null'
      OR (jsonb_typeof(value) = 'string' AND value #>> '{}' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
      OR (jsonb_typeof(value) = 'array' AND NOT EXISTS (
        SELECT 1 FROM jsonb_array_elements(value) AS item
        WHERE jsonb_typeof(item) <> 'string'
          OR item #>> '{}' !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'))))
$$;
--> statement-breakpoint
CREATE FUNCTION trygg_audit_alone(entity text, doc jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  result jsonb := '{}';
  item record;
BEGIN
  IF doc IS NULL OR jsonb_typeof(doc) = 'null' THEN RETURN NULL; END IF;
  IF jsonb_typeof(doc) = 'array' THEN
    RETURN (SELECT coalesce(jsonb_agg(trygg_audit_alone(entity, e.element) ORDER BY e.position), '[]')
            FROM jsonb_array_elements(doc) WITH ORDINALITY AS e(element, position));
  END IF;
  IF jsonb_typeof(doc) <> 'object' THEN RETURN to_jsonb('(not kept)'::text); END IF;
  FOR item IN SELECT f.k, f.v FROM jsonb_each(doc) AS f(k, v) LOOP
    result := result || jsonb_build_object(item.k,
      CASE WHEN trygg_audit_kept(entity, item.k, item.v) THEN item.v ELSE to_jsonb('(not kept)'::text) END);
  END LOOP;
  RETURN result;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION trygg_audit_scrubbed(entity text, old_before jsonb, old_after jsonb, OUT new_before jsonb, OUT new_after jsonb)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  item record;
  had boolean;
BEGIN
  IF old_before IS NULL OR old_after IS NULL
     OR jsonb_typeof(old_before) <> 'object' OR jsonb_typeof(old_after) <> 'object' THEN
    new_before := trygg_audit_alone(entity, old_before);
    new_after := trygg_audit_alone(entity, old_after);
    RETURN;
  END IF;
  new_before := '{}';
  new_after := '{}';
  FOR item IN SELECT f.k, f.v FROM jsonb_each(old_before) AS f(k, v) LOOP
    IF NOT old_after ? item.k AND trygg_audit_kept(entity, item.k, item.v) THEN
      new_before := new_before || jsonb_build_object(item.k, item.v);
    END IF;
  END LOOP;
  FOR item IN SELECT f.k, f.v FROM jsonb_each(old_after) AS f(k, v) LOOP
    had := old_before ? item.k;
    IF trygg_audit_kept(entity, item.k, item.v)
       AND (NOT had OR trygg_audit_kept(entity, item.k, old_before -> item.k)) THEN
      new_after := new_after || jsonb_build_object(item.k, item.v);
      IF had THEN new_before := new_before || jsonb_build_object(item.k, old_before -> item.k); END IF;
    ELSIF NOT had OR old_before -> item.k IS DISTINCT FROM item.v THEN
      new_after := new_after || jsonb_build_object(item.k, '(not kept)'::text);
      IF had THEN new_before := new_before || jsonb_build_object(item.k, '(not kept)'::text); END IF;
    END IF;
  END LOOP;
END;
$$;
--> statement-breakpoint
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_append_only";
--> statement-breakpoint
UPDATE "audit_log" AS log
SET "before" = scrubbed.new_before, "after" = scrubbed.new_after
FROM "audit_log" AS source
CROSS JOIN LATERAL trygg_audit_scrubbed(source.entity_type, source."before", source."after") AS scrubbed
WHERE log.organization_id = source.organization_id AND log.id = source.id
  AND (scrubbed.new_before IS DISTINCT FROM source."before" OR scrubbed.new_after IS DISTINCT FROM source."after");
--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_append_only";
--> statement-breakpoint
DROP FUNCTION trygg_audit_scrubbed(text, jsonb, jsonb);
--> statement-breakpoint
DROP FUNCTION trygg_audit_alone(text, jsonb);
--> statement-breakpoint
DROP FUNCTION trygg_audit_kept(text, text, jsonb);
