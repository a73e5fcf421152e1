import { z } from "zod";
import { stateId } from "@/lib/model/ids";
import { parseSource } from "./sourceErrors";

// The Council's members in every calendar year, from ../shared/data/council-members-1946-2022.json
// (six elected members a year to 1965, ten from 1966, with the permanent seats; the name
// each state bore that year). Codes are ISO 3166 alpha-3, ISO 3166-3 for former states;
// the file codes the United Arab Republic EGY and Zaire COD, as the entities here do.

const memberSchema = z.object({ iso3: z.string().length(3), name: z.string().min(1), note: z.string().optional() });
export const councilMembersSchema = z.object({
  permanent: z.array(memberSchema.extend({ from: z.number().int(), to: z.number().int() })).min(5),
  elected: z.record(z.string().regex(/^\d{4}$/), z.array(memberSchema).min(1)),
});
export type CouncilMembersFile = z.infer<typeof councilMembersSchema>;

export const councilMembersFile = "data/council-members-1946-2022.json";

export class CouncilMembership {
  private readonly byYear = new Map<number, string[]>();

  constructor(file: CouncilMembersFile) {
    for (const [yearText, elected] of Object.entries(file.elected)) {
      const year = Number(yearText);
      const permanent = file.permanent.filter((seat) => seat.from <= year && year <= seat.to);
      this.byYear.set(year, [...permanent, ...elected].map((member) => stateId(member.iso3)).sort());
    }
  }

  /** Entity ids of the Council's members in a year; undefined for a year the file does not cover. */
  membersIn(year: number): readonly string[] | undefined {
    return this.byYear.get(year);
  }

  /** The members on an ISO date, by its calendar year (the file's convention). */
  membersOn(date: string): readonly string[] | undefined {
    return this.membersIn(Number(date.slice(0, 4)));
  }

  /** How many members the Council had: 11 before the enlargement of 1 January 1966, 15 from it. */
  sizeIn(year: number): number | undefined {
    return this.byYear.get(year)?.length;
  }

  /** The years each state sat, for the entities' `councilYears`. */
  yearsByEntity(): Map<string, number[]> {
    const years = new Map<string, number[]>();
    for (const [year, members] of [...this.byYear.entries()].sort((a, b) => a[0] - b[0])) {
      for (const member of members) years.set(member, [...(years.get(member) ?? []), year]);
    }
    return years;
  }

  years(): number[] {
    return [...this.byYear.keys()].sort((a, b) => a - b);
  }
}

export function parseCouncilMembers(json: unknown): CouncilMembership {
  return new CouncilMembership(parseSource(councilMembersSchema, json, councilMembersFile, "the Council's membership by year"));
}
