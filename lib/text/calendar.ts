// Calendar dates as the sources and the app write them. Dates are whole days with no
// time zone ("2003-04-11"), so everything here counts in UTC, and formatting is done by
// hand rather than with Intl so the server render and the browser agree to the letter.

export const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
export const shortMonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const isoShape = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 1–12 for a month's English name in any case ("january", "March"); 0 when it is none. */
export function monthNumberOf(name: string): number {
  const lower = name.toLowerCase();
  return monthNames.findIndex((month) => month.toLowerCase() === lower) + 1;
}

/** "2003-01-28" for a real calendar day; null for 30 February, month 13 and the like. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
/** The digit at `at`, or -1 for any other character. */
const digitAt = (text: string, at: number) => {
  const digit = text.charCodeAt(at) - 48;
  return digit >= 0 && digit <= 9 ? digit : -1;
};

/**
 * True for "YYYY-MM-DD" naming a day that exists ("2003-02-30" does not): the days
 * isoFromParts accepts. Read digit by digit, with no match or Date to allocate, since the
 * all-years data checks some ten thousand dates on the page's main thread.
 */
export function isRealIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let at = 0; at < 4; at++) {
    const digit = digitAt(text, at);
    if (digit < 0) return false;
    year = year * 10 + digit;
  }
  const monthTens = digitAt(text, 5);
  const monthUnits = digitAt(text, 6);
  const dayTens = digitAt(text, 8);
  const dayUnits = digitAt(text, 9);
  if (monthTens < 0 || monthUnits < 0 || dayTens < 0 || dayUnits < 0) return false;
  const month = monthTens * 10 + monthUnits;
  const day = dayTens * 10 + dayUnits;
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : daysInMonth[month - 1]!);
}

function partsOf(iso: string, caller: string): { year: number; month: number; day: number } {
  const match = isoShape.exec(iso);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new RangeError(`${caller}: not an ISO date: ${JSON.stringify(iso)}`);
  return { year: Number(match[1]), month, day: Number(match[3]) };
}

/** "11 April" */
export function formatDayMonth(iso: string): string {
  const { month, day } = partsOf(iso, "formatDayMonth");
  return `${day} ${monthNames[month - 1]}`;
}

/** "11 April 2003", the form UN documents use; the app's one date format. */
export function formatDate(iso: string): string {
  const { year, month, day } = partsOf(iso, "formatDate");
  return `${day} ${monthNames[month - 1]} ${year}`;
}

/** "Friday 11 April 2003", where the day of the week matters (a meeting's heading). */
export function formatWeekdayDate(iso: string): string {
  const { year, month, day } = partsOf(iso, "formatWeekdayDate");
  return `${weekdayNames[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${formatDate(iso)}`;
}

/** "1946–2022": the first and last of some years, with an en dash; "2003" for one year. */
export function formatYearSpan(years: readonly number[]): string {
  if (years.length === 0) throw new RangeError("formatYearSpan: no years");
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

/** "April 2003" from "2003-04" (or a whole ISO date). */
export function formatMonth(month: string): string {
  const { year, month: number } = partsOf(`${month.slice(0, 7)}-01`, "formatMonth");
  return `${monthNames[number - 1]} ${year}`;
}
