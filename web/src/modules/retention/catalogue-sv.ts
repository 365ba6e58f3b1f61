/** Swedish texts of the retention (gallring) section; catalogue-en.ts has the same keys. */
export const retentionSv = {
  title: 'Gallring',
  intro:
    'Hur länge uppgifter sparas innan de raderas eller avidentifieras. Varje slag har ett standardvärde och gränser som organisationen väljer inom. Gallringen körs varje natt.',
  kinds: {
    contact_details: 'Kontaktuppgifter i anmälningar, efter att anmälan avslutats',
    report_texts:
      'Beskrivningar och foton i anmälningar, efter att anmälan avslutats (anmälan räknas fortfarande)',
    timeline_texts: 'Texter i anmälningars tidslinjer och kommentarer på avslutade åtgärder',
    cases: 'Anmälningar i skyddade kategorier (störning, andrahandsuthyrning): allt personligt',
    survey_codes: 'Enkätkoder och inbjudningar, efter att mätomgången avslutats (antalen finns kvar)',
    invitations: 'Inbjudningar av användare, efter att de besvarats eller gått ut',
    audit_log: 'Loggen över ändringar',
    mail_outbox: 'Utkorgen för e-post',
    password_resets: 'Länkar för nytt lösenord, efter att de gått ut',
  },
  units: { months: 'månader', days: 'dagar' },
  bounds: '{{min}}–{{max}} {{unit}}, standard {{default}}',
  installationWide: 'Samma för hela installationen: {{period}} {{unit}}',
  decision: 'Gallringsbeslut',
  decisionHint: 'Till exempel "Styrelsebeslut 2026-03-12 § 7". Sparas med varje körning.',
  runs: 'Senaste körningar',
  noRuns: 'Inga körningar ännu.',
  startedAt: 'Startad',
  kind: 'Uppgifter',
  rule: 'Regel',
  rows: 'Rader',
  status: 'Status',
  statuses: { done: 'Klar', failed: 'Avbröts med fel', running: 'Pågår eller avbröts' },
  periodOf: '{{period}} {{unit}}',
} as const;
