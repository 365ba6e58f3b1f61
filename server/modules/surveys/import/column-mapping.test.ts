import { describe, expect, it } from 'vitest';
import { suggestMapping } from './column-mapping';
import { questions } from './test-csv';

describe('suggestMapping', () => {
  it('finds place and date columns by their usual names', () => {
    const mapping = suggestMapping(['Löpnr', 'Område', 'Hus', 'Uppgång', 'Svarsdatum'], questions);
    expect(mapping).toMatchObject({
      areaCode: 1,
      buildingExternalId: 2,
      entranceLabel: 3,
      answered: { column: 4 },
    });
    const english = suggestMapping(
      ['area_code', 'building_external_id', 'entrance_label', 'Date'],
      questions,
    );
    expect(english).toMatchObject({
      areaCode: 0,
      buildingExternalId: 1,
      entranceLabel: 2,
      answered: { column: 3 },
    });
  });

  it('matches questions by key, Swedish or English label, prompt, and vendor words', () => {
    const header = [
      'omrade',
      'safety_stairwell',
      'Trygghet i källare och förråd',
      'Safety in the laundry room',
      'Trygghet kvällstid',
      'Belysning',
      'Inbrott lägenhet',
      'Störningar från grannar',
      'Ålder',
      'Kön',
      'Hur länge har du bott i området?',
      'Var känner du dig otrygg?',
    ];
    expect(suggestMapping(header, questions).questions).toEqual({
      safety_stairwell: 1,
      safety_cellar_storage: 2,
      safety_laundry: 3,
      safety_evening_area: 4,
      outdoor_lighting: 5,
      burglary_apartment: 6,
      neighbour_disturbance: 7,
      age_group: 8,
      gender: 9,
      years_in_area: 10,
      unsafe_places_text: 11,
    });
  });

  it('reads vendor numbers F1, Q2 as the questionnaire order', () => {
    const { questions: found } = suggestMapping(['Område', 'F1', 'F2', 'q11', 'Fråga 3'], questions);
    expect(found).toEqual({
      safety_evening_area: 1,
      safety_stairwell: 2,
      landlord_safety_work: 3,
      safety_cellar_storage: 4,
    });
  });

  it('suggests nothing for ambiguous or unknown headers, and each question once', () => {
    const { questions: found } = suggestMapping(
      ['Trygghet', 'Belysning', 'Belysning ute', 'Skostorlek'],
      questions,
    );
    expect(found).toEqual({ outdoor_lighting: 1 });
    expect(suggestMapping([], questions)).toMatchObject({ areaCode: null, answered: null, questions: {} });
  });
});
