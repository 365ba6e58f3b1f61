/** Texts a spreadsheet would run as formulas (OWASP's CSV injection list), as a tenant could type them. */
export const hostileTexts = [
  '=HYPERLINK("http://x.example","klicka")',
  '@SUM(1+1)|cmd',
  '+1',
  '-1+2',
  '\t=1+1',
  '\r=1+1',
];

/** A cell a spreadsheet would read as a formula: the probe every CSV Trygg writes must pass. */
export const formulaCell = /^[=+\-@\t\r]/;
