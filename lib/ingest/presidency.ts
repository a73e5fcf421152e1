import type { PresidencyMonth } from "@/lib/model/dataset";
import { stateId } from "@/lib/model/ids";
import type { Reference } from "./reference";

/** The reference's monthly presidencies as the contract's months, "2003-04" -> state:MEX. */
export function presidencyMonths(reference: Reference): PresidencyMonth[] {
  return reference.presidencies.map((presidency) => ({ month: presidency.month, entityId: stateId(presidency.iso3) }));
}

/** The state that held the Council's presidency in the month of an ISO date, where known. */
export function presidencyFor(date: string, months: readonly PresidencyMonth[]): string | undefined {
  const month = date.slice(0, 7);
  return months.find((presidency) => presidency.month === month)?.entityId;
}
