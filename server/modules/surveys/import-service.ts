import type { ImportPreview } from '../../../common/contracts/survey-responses';
import type { FieldIssue } from '../../../common/errors';
import { recordAudit } from '../../platform/audit';
import { ImportError, maxIssues } from '../../platform/geo/import-error';
import { markChangedAfterClose, reasonForClosedWave } from './closed-wave-change';
import type { SurveyContext } from './context';
import { CappedIssues } from './import/capped-issues';
import { type ColumnMapping, suggestMapping } from './import/column-mapping';
import { commitAnswers } from './import/commit-answers';
import { decodeImportFile } from './import/decode';
import { importQuestions } from './import/import-questions';
import { columnName } from './import/mapping-plan';
import { surveyImportMessages } from './import/messages';
import { type ParsedResponse, parseAnswers } from './import/parse-answers';
import { readTable } from './import/read-table';
import { areaKeys, type PlaceColumns, type PlacedResponse, placeResponses } from './import/resolve-places';
import type { ImportUpload } from './import-upload';
import { askedQuestions } from './response-questions';
import { managedWave } from './waves-access';

type ManagedWave = Awaited<ReturnType<typeof managedWave>>;
type CheckedImport = {
  wave: ManagedWave;
  header: string[];
  suggested: ColumnMapping;
  dataRows: number;
  parsed: ParsedResponse[];
  placed: PlacedResponse[];
  freeTextKey: string | null;
  ownChoiceKeys: ReadonlySet<string>;
  ownTextKeys: ReadonlySet<string>;
  issues: FieldIssue[];
};

/**
 * Reads and checks a vendor answer file for a wave the actor manages: decode, read the table,
 * read the answers with the mapping (the user's, else the suggested one), then find every row's
 * area, building and entrance. Nothing is written here.
 */
async function checkImport(ctx: SurveyContext, waveId: string, upload: ImportUpload): Promise<CheckedImport> {
  const wave = await managedWave(ctx.db, ctx.actor, waveId);
  const t = surveyImportMessages(ctx.locale);
  const read = readTable(decodeImportFile(upload.file).text, t);
  const asked = await askedQuestions(ctx.db, wave.organizationId, wave.questionKeys);
  const questions = importQuestions(asked);
  const suggested = suggestMapping(read.table.header, questions);
  const mapping = upload.mapping ?? suggested;
  const areaIdOfKey = await areaKeys(ctx.db, wave.organizationId);
  const areaCodes = new Set(areaIdOfKey.keys());
  const parsed = parseAnswers({ table: read.table, mapping, questions, areaCodes, t });
  const placeIssues = new CappedIssues(t);
  const placed = await placeResponses(ctx.db, {
    organizationId: wave.organizationId,
    rows: parsed.rows,
    areaIdOfKey,
    waveAreaIds: wave.areaIds,
    columns: placeColumns(read.table.header, mapping),
    issues: placeIssues,
    locale: ctx.locale,
  });
  const issues = [...read.issues, ...parsed.issues, ...placeIssues.list()].slice(0, maxIssues + 1);
  const freeTextKey = asked.freeText?.key ?? null;
  const dataRows = read.table.rows.length;
  return {
    wave,
    header: read.table.header,
    suggested,
    dataRows,
    parsed: parsed.rows,
    placed,
    freeTextKey,
    ownChoiceKeys: new Set(asked.choices.keys()),
    ownTextKeys: new Set(asked.texts.keys()),
    issues,
  };
}

/** The header names of the place columns, which the place problems name as their field. */
function placeColumns(header: string[], mapping: ColumnMapping): PlaceColumns {
  const name = (index: number | null) => (index === null ? null : columnName(header, index));
  return {
    area: name(mapping.areaCode) ?? 'csv',
    building: name(mapping.buildingExternalId),
    entrance: name(mapping.entranceLabel),
  };
}

/** What the import would do: the columns, a suggested mapping, the problems and the first rows. */
export async function previewImport(
  ctx: SurveyContext,
  waveId: string,
  upload: ImportUpload,
): Promise<ImportPreview> {
  const checked = await checkImport(ctx, waveId, upload);
  return {
    columns: checked.header,
    suggestedMapping: checked.suggested,
    rows: checked.dataRows,
    issues: checked.issues.map((issue) => ({
      line: issue.line ?? null,
      field: issue.path,
      message: issue.message,
    })),
    sample: checked.parsed.slice(0, 10),
  };
}

/**
 * Imports the file's responses (channel 'import') all or nothing: any problem → 400 with the
 * issues and nothing stored; otherwise one transaction inserts them in bulk and rebuilds the
 * wave's rollups. Into a closed wave only with a reason (closed-wave-change.ts).
 */
export async function commitImport(ctx: SurveyContext, waveId: string, upload: ImportUpload) {
  const checked = await checkImport(ctx, waveId, upload);
  if (checked.issues.length > 0) throw new ImportError(checked.issues);
  const reason = reasonForClosedWave(ctx, checked.wave, upload.reason);
  const { organizationId, id } = checked.wave;
  const imported = await ctx.db.transaction(async (tx) => {
    const count = await commitAnswers(tx, {
      organizationId,
      waveId: id,
      rows: checked.placed,
      freeTextKey: checked.freeTextKey,
      ownChoiceKeys: checked.ownChoiceKeys,
      ownTextKeys: checked.ownTextKeys,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'import',
      entityType: 'survey_wave',
      entityId: id,
      after: { responses: count },
    });
    if (reason) {
      const detail = { responses: count };
      await markChangedAfterClose(tx, ctx.actor, id, { action: 'import_after_close', reason, detail });
    }
    return count;
  });
  return { imported };
}
