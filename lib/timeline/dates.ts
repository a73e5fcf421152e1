// Dates on the timeline are whole UTC days. Meeting dates are calendar dates with no
// time of day, so counting in UTC keeps "2003-04-11" on 11 April in every time zone.

import { monthNames, shortMonthNames } from "@/lib/text/calendar";

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of an ISO date "YYYY-MM-DD". */
export function dayOfIso(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    throw new RangeError(`dayOfIso: not an ISO date: ${JSON.stringify(iso)}`);
  }
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The ISO date of a (possibly fractional) day number; the fraction is dropped. */
export function isoOfDay(day: number): string {
  return new Date(Math.floor(day) * DAY_MS).toISOString().slice(0, 10);
}

/** Months since January 1970, the index density bins use. */
export function monthIndexOfDay(day: number): number {
  const date = new Date(Math.floor(day) * DAY_MS);
  return (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
}

export function dayOfMonthIndex(monthIndex: number): number {
  return Date.UTC(1970 + Math.floor(monthIndex / 12), ((monthIndex % 12) + 12) % 12, 1) / DAY_MS;
}

export function yearOfDay(day: number): number {
  return new Date(Math.floor(day) * DAY_MS).getUTCFullYear();
}

export function dayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

/** "2003-04" for a month index, the key dataset.presidencies uses. */
export function monthKeyOfIndex(monthIndex: number): string {
  const year = 1970 + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  return `${year}-${String(month).padStart(2, "0")}`;
}


/**
 * Axis tick labels in the day-month-year order UN documents use: "2003" on New Year,
 * "April" on the first of a month, "11 Apr" on other days.
 */
export function formatTick(date: Date): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  if (date.getUTCHours() !== 0) return `${String(date.getUTCHours()).padStart(2, "0")}:00`;
  if (day === 1 && month === 0) return String(date.getUTCFullYear());
  if (day === 1) return monthNames[month]!;
  return `${day} ${shortMonthNames[month]}`;
}
