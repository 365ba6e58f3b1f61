import { describe, expect, it } from 'vitest';
import { auditValueNotKept as notKept } from '../../common/audit/not-kept';
import { auditedValues } from './audit-fields';

const id = '01900000-0000-7000-8000-000000000001';

describe('auditedValues', () => {
  it('keeps listed and reference values; marks every other field, for an unknown entity type too', () => {
    expect(
      auditedValues('report', null, { status: 'new', categoryId: id, description: 'x', lat: 59.2 }),
    ).toEqual({
      before: null,
      after: { status: 'new', categoryId: id, description: notKept, lat: notKept },
    });
    expect(auditedValues('break_glass_read', undefined, { reason: 'x', reportId: id })).toEqual({
      before: null,
      after: { reason: notKept, reportId: id },
    });
  });

  it('keeps a reference only while it holds ids', () => {
    expect(auditedValues('building', null, { externalId: 'FAST-12', areaId: 'Anna' }).after).toEqual({
      externalId: 'FAST-12',
      areaId: notKept,
    });
  });

  it('says which personal fields changed, leaves out those that did not, and keeps kept context', () => {
    const before = {
      name: 'Old',
      email: 'a@example.org',
      displayName: 'Anna',
      locale: 'sv',
      suspended: false,
    };
    const after = { name: 'Old', email: 'a@example.org', displayName: 'Anne', locale: 'en' };
    expect(auditedValues('user', before, after)).toEqual({
      before: { displayName: notKept, locale: 'sv', suspended: false },
      after: { displayName: notKept, locale: 'en' },
    });
  });

  it('goes through the items of a list (an import)', () => {
    expect(auditedValues('apartment', null, [{ doorNumber: '1102', tenantName: 'Anna' }]).after).toEqual([
      { doorNumber: '1102', tenantName: notKept },
    ]);
  });
});
