/**
 * What the demo's tenants write, per category key, and what staff answer when the work is done.
 * Plausible everyday Swedish, the way fault reports in the sources read.
 */
export const demoDescriptions: Record<string, string[]> = {
  lighting: [
    'Lampan vid entrén är trasig, det är helt mörkt på kvällen.',
    'Belysningen på gångvägen mot tunnelbanan fungerar inte.',
    'Flera lampor i trapphuset blinkar eller är släckta.',
    'Mörkt vid cykelrummet, lampan har varit trasig i över en vecka.',
    'Gatlyktan vid parkeringen är släckt.',
  ],
  door_lock_entry: [
    'Porten går inte i lås, vem som helst kan komma in.',
    'Kodlåset fungerar inte, man måste dra hårt i dörren.',
    'Källardörren står uppställd med en kil.',
    'Dörren till soprummet är uppbruten.',
  ],
  graffiti_vandalism: [
    'Klotter på fasaden vid lekplatsen.',
    'Krossad ruta i tvättstugan.',
    'Hissen är vandaliserad, knapparna är trasiga.',
    'Någon har sprejat i trapphuset.',
  ],
  litter: [
    'Soprummet är överfullt och det luktar.',
    'Grovsopor är ställda utanför porten.',
    'Mycket skräp och krossat glas vid bänkarna.',
  ],
  vegetation: [
    'Buskarna vid gångvägen är så höga att man inte ser vem som står där.',
    'Häcken skymmer sikten vid övergångsstället.',
    'Träden täcker gatlyktorna så att det blir mörkt.',
  ],
  unsafe_place: [
    'Grupper samlas i garaget på kvällarna, det känns otryggt att gå dit.',
    'Gångtunneln känns otrygg när det är mörkt.',
    'Personer som inte bor här sover i källargången.',
  ],
  fire_hazard: [
    'Barnvagnar och cyklar i trapphuset blockerar utgången.',
    'Brandsläckaren saknas på plan 3.',
    'Någon har eldat i sopkärlet bakom huset.',
  ],
  disturbance: [
    'Hög musik från en lägenhet varje natt efter midnatt.',
    'Bråk och skrik från grannen flera kvällar i veckan.',
  ],
  subletting: ['Jag misstänker att lägenheten hyrs ut i andra hand, det bor nya personer där varje vecka.'],
  other: ['Gungan på lekplatsen är trasig.', 'Parkerade bilar står på räddningsvägen.'],
};

/** The resolution staff write on the work order; reporters read it on their status page. */
export const demoResolutions: Record<string, string> = {
  lighting: 'Armaturen är bytt och belysningen fungerar igen. Tack för att du hörde av dig!',
  door_lock_entry: 'Låset är lagat och porten går i lås. Tack för att du hörde av dig!',
  graffiti_vandalism: 'Skadan är åtgärdad och klottret sanerat. Tack för att du hörde av dig!',
  litter: 'Området är städat och soprummet tömt. Tack för att du hörde av dig!',
  vegetation: 'Buskarna är beskurna så att sikten är fri. Tack för att du hörde av dig!',
  unsafe_place: 'Platsen har fått bättre belysning och ingår nu i väktarnas rond. Tack!',
  fire_hazard: 'Trapphuset är tömt och brandskyddet kontrollerat. Tack för att du hörde av dig!',
  other: 'Det är åtgärdat. Tack för att du hörde av dig!',
};

/** Contractors the demo's work orders go to when no field staff member has them. */
export const demoContractors = [
  'Elbolaget Söder AB',
  'Lås & Larm Norr',
  'Sanerarna i Sverige AB',
  'Grönytepartner',
];
