import type { Locale } from '../../../common/roles';
import { AppError } from '../../platform/errors';

/** Field messages and notes of work orders that the shared catalogue does not have. */
const catalogue = {
  sv: {
    unknown: 'finns inte',
    archived: 'är arkiverat',
    notInArea: 'hör inte till det valda området',
    notInBuilding: 'hör inte till den valda byggnaden',
    notMember: 'är inte en aktiv användare i organisationen',
    reportsUnknown: 'innehåller anmälningar som inte finns',
    reportsClosed: 'innehåller anmälningar som redan är avslutade',
    reportsLinkedElsewhere: 'innehåller anmälningar som redan hör till en annan åtgärd',
    statusChange: 'kan inte ändras från {from} till {to}',
    closed: 'åtgärden är avslutad',
    notAnImage: 'är inte en bild som kan läsas',
    fileMissing: 'måste innehålla en bild',
    wontDoNote: 'Åtgärd {number} avslutades utan att utföras; anmälan behöver hanteras på annat sätt.',
    unlinkedNote: 'Bortkopplad från åtgärd {number}.',
    reopenedNote: 'Åtgärd {number} öppnades igen.',
  },
  en: {
    unknown: 'does not exist',
    archived: 'is archived',
    notInArea: 'does not belong to the chosen area',
    notInBuilding: 'does not belong to the chosen building',
    notMember: 'is not an active member of the organization',
    reportsUnknown: 'includes reports that do not exist',
    reportsClosed: 'includes reports that are already closed',
    reportsLinkedElsewhere: 'includes reports that already belong to another work order',
    statusChange: 'cannot change from {from} to {to}',
    closed: 'the work order is closed',
    notAnImage: 'is not an image that can be read',
    fileMissing: 'must contain an image',
    wontDoNote: 'Work order {number} was closed without being done; the report needs handling another way.',
    unlinkedNote: 'Unlinked from work order {number}.',
    reopenedNote: 'Work order {number} was reopened.',
  },
} satisfies Record<Locale, Record<string, string>>;

export type WorkOrderMessage = keyof typeof catalogue.en;

export function workOrderMessage(
  locale: Locale,
  key: WorkOrderMessage,
  params: Record<string, string | number> = {},
): string {
  return catalogue[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A 400 naming one field, with a message from the catalogue. */
export function fieldError(
  locale: Locale,
  path: string,
  key: WorkOrderMessage,
  params?: Record<string, string | number>,
) {
  return new AppError('validation_failed', [{ path, message: workOrderMessage(locale, key, params) }]);
}
