/**
 * What a survey letter says. Swedish first; the key sentence is repeated in English and Somali.
 * The Somali line is MACHINE-DRAFTED and needs review by a native speaker. Arabic is left out:
 * pdfmake's bundled font (Roboto) has no Arabic glyphs and pdfkit does not order right-to-left
 * text, so an Arabic line would print as boxes; the survey itself is in Arabic on the web.
 */
export const letterText = {
  title: 'Hur trygg känner du dig där du bor?',
  why: (organizationName: string) =>
    `${organizationName} frågar alla hushåll i området hur trygga de känner sig – i trapphuset, i källaren, i tvättstugan och ute på kvällen. Svaren visar oss var vi ska göra mer: belysning, lås, städning, trygghetsvandringar.`,
  how: 'Skanna QR-koden med mobilens kamera, eller skriv in adressen nedan i webbläsaren. Det tar ungefär fem minuter. Du kan svara på svenska, engelska, arabiska, somaliska, persiska eller tigrinja.',
  until: (date: string) => `Svara gärna senast ${date}.`,
  codeLabel: 'Din kod',
  codeNote: 'Koden gäller för ett svar från ditt hushåll.',
  privacyTitle: 'Dina svar är anonyma',
  privacy:
    'Dina svar kan inte kopplas till dig. Koden visar bara att hushållet har svarat, aldrig vad det svarade. Vi redovisar resultat bara för grupper där minst fem har svarat. Skriv inte namn på andra personer i fritextsvaret.',
  /** Printed in full: a tenant without the QR code types it. */
  privacyMore: (url: string) =>
    `Så behandlar vi dina uppgifter (personuppgiftsansvarig, dataskyddsombud, hur länge vi sparar, dina rättigheter): ${url}`,
  others: [
    {
      lang: 'en',
      text: 'How safe do you feel where you live? Scan the QR code or open the address above to answer (about 5 minutes). Your answers cannot be linked to you.',
    },
    {
      lang: 'so',
      text: 'Sidee ayaad ammaan ugu dareentaa meesha aad ku nooshahay? Iskaan garee koodka QR ama fur cinwaanka kore si aad uga jawaabto (qiyaastii 5 daqiiqo). Jawaabahaaga laguma xidhi karo adiga.',
    },
  ],
} as const;
