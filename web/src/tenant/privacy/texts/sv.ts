/**
 * The privacy notice (GDPR art. 13), Swedish first. Loaded only on /privacy, so the other tenant
 * pages do not download it. Every other language has the same keys. {org}: the organization's
 * name; {period}, {days}: a formatted duration (see format-period.ts); the figures come from the server.
 */
const sv = {
  title: 'Integritet – så behandlar vi dina uppgifter',
  intro:
    '{org} ansvarar för uppgifterna du lämnar här: när du anmäler något, svarar på trygghetsenkäten eller när vi hanterar ett ärende. Här står vad vi sparar, varför, hur länge och vilka rättigheter du har.',
  introGeneral:
    'Bostadsbolaget som bad dig anmäla eller svara ansvarar för dina uppgifter. Bolagets namn och kontaktuppgifter står i brevet eller e-posten du fick och på bolagets sida för anmälningar.',
  controllerHeading: 'Personuppgiftsansvarig',
  orgNumber: 'Organisationsnummer',
  dpoHeading: 'Dataskyddsombud',
  contactHeading: 'Frågor om dina uppgifter',
  email: 'E-post',
  phone: 'Telefon',
  web: 'Webb',
  contactsMissing:
    'Bostadsbolaget har ännu inte lagt in sina kontaktuppgifter här. Kontakta bolagets kundtjänst så länge.',
  purposesHeading: 'Vad vi använder uppgifterna till',
  purposeReports:
    'Anmälningar: för att åtgärda det du anmäler, svara dig om du vill och följa tryggheten i området. Vi sparar beskrivningen, platsen, bilderna och – bara om du lämnar dem – ditt namn, din e-post och ditt telefonnummer.',
  purposeSurveys:
    'Trygghetsenkäten: för att mäta hur trygga de boende känner sig, område för område. Svaren sparas utan namn och visas bara sammanräknade, aldrig för en grupp med färre än fem svar. Koden i brevet eller e-posten finns bara för att varje hushåll ska kunna svara en gång.',
  purposeCases:
    'Ärenden: när en anmälan gäller störningar, misstänkta brott eller annat känsligt kan den bli ett ärende. Då läser bara de som arbetar med ärendet, och varje läsning loggas.',
  basisHeading: 'Varför vi får behandla uppgifterna (rättslig grund)',
  basisPublic:
    'Anmälningar och enkäter: {org} är ett kommunalt bostadsbolag. Trygghetsarbetet är en uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen).',
  basisLegitimate:
    'Anmälningar och enkäter: bostadsbolagets berättigade intresse av att hålla området tryggt och husen i gott skick (artikel 6.1 f i dataskyddsförordningen).',
  basisGeneral:
    'Anmälningar och enkäter: för ett kommunalt bostadsbolag är trygghetsarbetet en uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen); för andra bostadsbolag grundar det sig på bolagets berättigade intresse av att hålla området tryggt (artikel 6.1 f).',
  basisCases:
    'Ärenden: att fastställa, göra gällande eller försvara rättsliga anspråk, till exempel i ett hyresärende (artikel 6.1 f och 9.2 f, för uppgifter om brott artikel 10 med dataskyddslagen).',
  basisNoConsent:
    'Uppgifter om brott behandlar vi aldrig med samtycke som grund. Kontaktuppgifter sparar vi bara om du själv lämnar dem, och du kan ta bort dem när som helst på sidan där du följer anmälan.',
  recipientsHeading: 'Vem som får ta del av uppgifterna',
  recipientsStaff:
    'Personalen hos bostadsbolaget som arbetar med anmälan eller ärendet. Dina kontaktuppgifter ser bara den som handlägger anmälan.',
  recipientsPartners:
    'Polisen, kommunen och andra samarbetspartner får bara sammanräknade siffror per område, aldrig namn, kontaktuppgifter eller det du har skrivit.',
  recipientsOpen311:
    'I det öppna gränssnittet Open311 visas en anmälans kategori, status, datum och ungefärliga plats (området). Det du har skrivit, dina bilder, den exakta platsen och dina kontaktuppgifter publiceras inte.',
  recipientsForward:
    'Gäller anmälan något som någon annan äger, till exempel kommunen, skickar vi anmälan vidare till dem.',
  recipientsTransfers:
    'Systemet Trygg hanterar uppgifterna för bostadsbolagets räkning. Inga uppgifter förs över till länder utanför EU/EES.',
  retentionHeading: 'Hur länge vi sparar uppgifterna',
  retentionContact: 'Dina kontaktuppgifter: {period} efter att anmälan avslutats.',
  retentionReportText:
    'Beskrivningen av en anmälan: {period} efter att anmälan avslutats. Sedan finns bara antalet kvar.',
  retentionPhotos: 'Bilder: {period} efter att anmälan avslutats.',
  retentionSurveyCodes:
    'Enkätkoder och inbjudningar: {period} efter att enkäten stängts. En e-postadress som fick en inbjudan tas bort när du svarar, när påminnelsen skickas eller senast efter {days}.',
  retentionSurveyAnswers:
    'Enkätsvar: sparas utan koppling till dig eller din lägenhet, så att år kan jämföras.',
  retentionOutbox: 'Kopior av e-post som vi har skickat till dig: {period}.',
  retentionCases: 'Ärenden: {period} efter att ärendet avslutats.',
  retentionAuditLog: 'Loggen över vem som har läst och ändrat uppgifter: {period}.',
  monthOne: '1 månad',
  months: '{n} månader',
  days: '{n} dagar',
  rightsHeading: 'Dina rättigheter',
  rightsIntro: 'Du har rätt att',
  rightAccess: 'få veta vilka uppgifter vi har om dig och få en kopia av dem (tillgång)',
  rightRectification: 'få fel rättade (rättelse)',
  rightErasure:
    'få uppgifter raderade när de inte längre behövs eller om vi inte får behandla dem (radering)',
  rightRestriction:
    'begära att vi tills vidare bara sparar uppgifterna, till exempel medan vi kontrollerar dem (begränsning)',
  rightObjection:
    'invända mot att vi använder uppgifterna när grunden är allmänt intresse eller berättigat intresse (invändning)',
  rightsHow:
    'Skriv till adressen under ”Frågor om dina uppgifter” eller till dataskyddsombudet. Enkätsvar kan vi inte lämna ut eller radera, eftersom de inte kan kopplas till dig.',
  complaintHeading: 'Klagomål',
  complaint:
    'Om du tycker att vi behandlar dina uppgifter fel kan du klaga hos Integritetsskyddsmyndigheten (IMY), som är tillsynsmyndighet.',
  complaintLink: 'Integritetsskyddsmyndigheten – imy.se',
  back: 'Tillbaka',
};

export type PrivacyTexts = Record<keyof typeof sv, string>;
export type PrivacyTextKey = keyof typeof sv;
export default sv satisfies PrivacyTexts;
