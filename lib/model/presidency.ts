import type { PresidencyMonth } from "./dataset";
import type { Reference } from "./reference";
import { stateId } from "./ids";

export function presidencyMonths(reference: Reference): PresidencyMonth[] {
  return reference.presidencies.map((presidency) => ({ month: presidency.month, entityId: stateId(presidency.iso3) }));
}

/** The state that held the Council's presidency in the month of an ISO date, where known. */
export function presidencyFor(date: string, months: readonly PresidencyMonth[]): string | undefined {
  const month = date.slice(0, 7);
  return months.find((presidency) => presidency.month === month)?.entityId;
}

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "April 2003" from "2003-04". */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split("-");
  return `${monthNames[Number(monthNumber) - 1] ?? month} ${year}`;
}
