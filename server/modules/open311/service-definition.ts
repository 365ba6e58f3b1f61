import type { z } from 'zod';
import type { open311Attribute, open311ServiceDefinition } from '../../../common/contracts/open311';
import type { TenantLocale } from '../../../common/reporting';

type Attribute = z.infer<typeof open311Attribute>;
type Texts = { description: string; datatype_description: string };

/** The optional attributes every service takes; none is required, so plain clients need none. */
const attributes: { code: string; sv: Texts; en: Texts }[] = [
  {
    code: 'entrance_token',
    sv: {
      description: 'Uppgångens QR-kod',
      datatype_description: 'Koden på QR-skylten vid entrén (det som står efter ?entrance= i länken)',
    },
    en: {
      description: 'Entrance QR code',
      datatype_description: "The code on the entrance's QR sign (what follows ?entrance= in its link)",
    },
  },
  {
    code: 'location_text',
    sv: { description: 'Var exakt?', datatype_description: 'Till exempel "bakom tvättstugan"' },
    en: { description: 'Where exactly?', datatype_description: 'For example "behind the laundry room"' },
  },
  {
    code: 'client_request_id',
    sv: {
      description: 'Klientens eget id för ärendet',
      datatype_description: 'Ett UUID; ett nytt försök med samma id skapar aldrig ett andra ärende',
    },
    en: {
      description: "The client's own id for this request",
      datatype_description: 'A UUID; a retry with the same id never creates a second report',
    },
  },
];

/** The service definition of one service (category): the same optional attributes for all. */
export function serviceDefinition(
  serviceCode: string,
  locale: TenantLocale,
): z.infer<typeof open311ServiceDefinition> {
  const presented: Attribute[] = attributes.map((attribute, index) => {
    const texts = locale === 'sv' ? attribute.sv : attribute.en;
    return {
      variable: true,
      code: attribute.code,
      datatype: 'string',
      required: false,
      datatype_description: texts.datatype_description,
      order: index + 1,
      description: texts.description,
      values: [],
    };
  });
  return { service_code: serviceCode, attributes: presented };
}
