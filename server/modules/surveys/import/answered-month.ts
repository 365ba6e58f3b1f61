const time = String.raw`(?:[T ]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
/** Year first: 2019-03-14, 2019/03/14, 2019-03, 20190314, 201903, each with an optional time. */
const yearFirst = new RegExp(String.raw`^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?|(\d{2})(\d{2})?)${time}$`);
/** Day first with dots, as Finnish and German exports write: 14.3.2019. Slashes are refused:
 * 03/04/2019 is the 3rd of April in Europe and the 4th of March in American software. */
const dayFirst = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${time}$`);

const firstYear = 1990;
const lastYear = 2100;

/**
 * The month ("YYYY-MM") of a date or month cell, or null when it is not one. Only the month is
 * kept: an answer row carries a coarsened date so that it cannot be tied back to a household by
 * when a letter was posted or a code used.
 */
export function answeredMonth(text: string): string | null {
  const value = text.trim();
  const ymd = yearFirst.exec(value);
  if (ymd) return monthOf(ymd[1], ymd[2] ?? ymd[4], ymd[3] ?? ymd[5]);
  const dmy = dayFirst.exec(value);
  if (dmy) return monthOf(dmy[3], dmy[2], dmy[1]);
  return null;
}

function monthOf(yearText?: string, monthText?: string, dayText?: string): string | null {
  const year = Number(yearText);
  const month = Number(monthText);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (year < firstYear || year > lastYear) return null;
  if (dayText !== undefined) {
    const day = Number(dayText);
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** A month as the mapping gives it for a whole file: exactly "YYYY-MM". */
export function isMonth(text: string): boolean {
  return /^\d{4}-\d{2}$/.test(text) && answeredMonth(text) === text;
}
