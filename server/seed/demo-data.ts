import type { AreaClassification } from '../../common/roles';

/** One demo housing area: where it is, how large it is drawn, and the streets of its buildings. */
export type DemoArea = {
  name: string;
  code: string;
  lat: number;
  lon: number;
  /** Radius of the drawn outline in metres (the outline is 2 × radius across). */
  radius: number;
  classification: AreaClassification | null;
  streets: string[];
};

export type DemoOrganization = {
  slug: string;
  name: string;
  /** Prefix of the company's object ids, e.g. BKB-0103-A1001. */
  prefix: string;
  /** Domain of the demo users' e-mail addresses (.demo is not a real top-level domain). */
  mailDomain: string;
  areas: DemoArea[];
};

// Classifications follow Polisen's "Lägesbild över utsatta områden": in the 2021 list Alby,
// Fittja and Hallunda/Norsborg (one listed area) are "särskilt utsatta". Drottninghög was listed
// as "utsatt" in 2015 and 2017 and left the list after the DrottningH renewal; the demo keeps
// that historic label so the classification has an example in both companies.
//
// Centres are near the real districts. Norsborg and Hallunda lie about 600 m apart, so they are
// drawn smaller (250 m radius) to keep the outlines from overlapping. Streets: Krögarvägen,
// Värdshusvägen and Tegelbruksvägen (Fittja), Albyvägen (Alby), Hallundavägen and Friggs väg
// (Hallunda), Grönkullagatan, Vasatorpsvägen and Regementsvägen (Drottninghög) are real; the
// rest are generic demo names.
export const demoOrganizations: DemoOrganization[] = [
  {
    slug: 'botkyrkabyggen',
    name: 'Botkyrkabyggen',
    prefix: 'BKB',
    mailDomain: 'botkyrkabyggen.demo',
    areas: [
      {
        name: 'Fittja',
        code: 'FIT',
        lat: 59.247,
        lon: 17.861,
        radius: 320,
        classification: 'sarskilt_utsatt',
        streets: ['Krögarvägen', 'Värdshusvägen', 'Tegelbruksvägen'],
      },
      {
        name: 'Alby',
        code: 'ALB',
        lat: 59.239,
        lon: 17.845,
        radius: 330,
        classification: 'sarskilt_utsatt',
        streets: ['Albyvägen', 'Björkbacken', 'Granbacken'],
      },
      {
        name: 'Norsborg',
        code: 'NOR',
        lat: 59.2437,
        lon: 17.8143,
        radius: 250,
        classification: 'sarskilt_utsatt',
        streets: ['Norsborgsbacken', 'Sjöstigen'],
      },
      {
        name: 'Hallunda',
        code: 'HAL',
        lat: 59.2433,
        lon: 17.8253,
        radius: 250,
        classification: 'sarskilt_utsatt',
        streets: ['Hallundavägen', 'Friggs väg'],
      },
    ],
  },
  {
    slug: 'helsingborgshem',
    name: 'Helsingborgshem',
    prefix: 'HBH',
    mailDomain: 'helsingborgshem.demo',
    areas: [
      {
        name: 'Drottninghög',
        code: 'DRH',
        lat: 56.06,
        lon: 12.74,
        radius: 340,
        classification: 'utsatt',
        streets: ['Grönkullagatan', 'Vasatorpsvägen', 'Regementsvägen'],
      },
      {
        name: 'Dalhem',
        code: 'DAL',
        lat: 56.063,
        lon: 12.756,
        radius: 300,
        classification: null,
        streets: ['Dalhemsgången', 'Lärkgatan'],
      },
      {
        name: 'Fredriksdal',
        code: 'FRD',
        lat: 56.054,
        lon: 12.716,
        radius: 300,
        classification: null,
        streets: ['Fredriksdalsgången', 'Parkstigen'],
      },
      {
        name: 'Husensjö',
        code: 'HUS',
        lat: 56.048,
        lon: 12.733,
        radius: 280,
        classification: null,
        streets: ['Husensjögången', 'Ekstigen'],
      },
    ],
  },
];
