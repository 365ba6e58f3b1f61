import { ImportError } from './import-error';
import type { Translate } from './import-messages';

/**
 * JSON.parse, but a syntax error becomes an ImportError with the line of the mistake (V8 gives
 * only a character position in some versions) and its message, which names the column.
 */
export function parseJsonWithPosition(text: string, t: Translate): unknown {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(detail)?.[1]);
    const line = Number.isFinite(position) ? json.slice(0, position).split('\n').length : undefined;
    throw new ImportError([{ line, path: 'geojson', message: t('jsonSyntax', { detail }) }]);
  }
}
