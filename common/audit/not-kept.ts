/**
 * What the audit log holds in place of a value it does not keep (free text, a person's name,
 * e-mail, phone, a position): the entry says the field changed, not what it said
 * (server/platform/audit-fields.ts). The audit page shows it as "changed".
 */
export const auditValueNotKept = '(not kept)';
