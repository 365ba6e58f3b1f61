import type { FieldIssue } from '../../../../common/errors';
import { maxIssues } from '../../../platform/geo/import-error';
import type { SurveyImportTranslate } from './messages';

/**
 * Issues of one file, the first `maxIssues` listed (as the places import does, so a broken
 * 100 000-row file gives a readable preview) and the rest counted in one closing issue.
 */
export class CappedIssues {
  private readonly items: FieldIssue[] = [];
  private dropped = 0;
  constructor(private readonly t: SurveyImportTranslate) {}
  get count() {
    return this.items.length + this.dropped;
  }
  add(issue: FieldIssue) {
    if (this.items.length < maxIssues) this.items.push(issue);
    else this.dropped += 1;
  }
  list(): FieldIssue[] {
    if (this.dropped === 0) return this.items;
    return [...this.items, { path: 'csv', message: this.t('moreIssues', { count: this.dropped }) }];
  }
}
