import type { FieldIssue } from '../../../common/errors';
import { AppError } from '../errors';

/** At most this many issues are reported, so a broken 100 000-row file gives a readable answer. */
export const maxIssues = 200;

/** The one error the import parsers throw: 400 import_failed with the rows and fields at fault. */
export class ImportError extends AppError {
  constructor(issues: FieldIssue[]) {
    super('import_failed', issues.slice(0, maxIssues).map(withoutEmptyLine));
  }
}

/** Issues without a line (whole-file problems) carry no `line` member at all. */
function withoutEmptyLine({ line, ...issue }: FieldIssue): FieldIssue {
  return line === undefined ? issue : { line, ...issue };
}

/** Collects issues while a file is checked, and throws them all at once at the end. */
export class IssueList {
  readonly items: FieldIssue[] = [];

  add(issue: FieldIssue): void {
    this.items.push(issue);
  }

  get full(): boolean {
    return this.items.length >= maxIssues;
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new ImportError(this.items);
  }
}
