/** Swedish texts of the question bank's index section (`surveys.indexes` in sv.ts). */
export const surveyIndexesSv = {
  title: 'Index',
  intro:
    'Ett index är medelvärdet av andelen som svarar mycket eller ganska bra på varje fråga i det ("vet ej" räknas inte). Standardindexen är samma för alla bolag och används i jämförelsen med andra bolag; egna index finns bara i er analys.',
  standard: 'Standardindex',
  own: 'Eget index',
  itemsOf: 'Frågor i {{name}}',
  edit: 'Ändra',
  editLabel: 'Ändra indexet {{name}}',
  archive: 'Arkivera',
  archiveLabel: 'Arkivera indexet {{name}}',
  archiveTitle: 'Arkivera indexet {{name}}?',
  archiveText:
    'Indexet visas inte längre som mått i analysen. Mål som redan är satta på det finns kvar, och nyckeln kan inte användas igen.',
  archived: 'Indexet är arkiverat.',
  addTitle: 'Lägg till ett eget index',
  addIntro:
    'Välj 2–20 skalfrågor. Indexet räknas på svar som redan finns, även i tidigare mätomgångar, och blir ett mått att välja i översikten, på områdessidan, i jämförelsen, på kartan och för mål.',
  editTitle: 'Ändra indexet {{name}}',
  key: 'Nyckel',
  keyHint:
    'Används i exporter och för mål: a–z, 0–9 och _, 2–40 tecken, börjar med en bokstav. Kan inte ändras senare.',
  nameSv: 'Namn på svenska',
  nameEn: 'Namn på engelska',
  nameHint: 'Visas i tabeller, diagram och exporter, högst 80 tecken.',
  items: 'Frågor i indexet',
  itemsHint: 'Bara skalfrågor kan ingå. Välj minst 2 och högst 20.',
  add: 'Lägg till indexet',
  added: 'Indexet är tillagt.',
  saved: 'Indexet är ändrat.',
} as const;
