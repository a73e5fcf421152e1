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

/**
 * data/council-members.json, written by the ingest from the file above: each year's
 * members as entity ids, so the browser's import expands "all members of the Council"
 * for any year as the ingest does, without the source file's names and notes.
 */
export const councilMembersDataSchema = z.object({
  source: z.string().min(1),
  years: z.record(z.string().regex(/^\d{4}$/), z.array(z.string().regex(/^state:[A-Z]{3}$/)).min(1)),
});
export type CouncilMembersData = z.infer<typeof councilMembersDataSchema>;

export class CouncilMembership {
  private constructor(private readonly byYear: ReadonlyMap<number, string[]>) {}

  static fromSourceFile(file: CouncilMembersFile): CouncilMembership {
    const byYear = new Map<number, string[]>();
    for (const [yearText, elected] of Object.entries(file.elected)) {
      const year = Number(yearText);
      const permanent = file.permanent.filter((seat) => seat.from <= year && year <= seat.to);
      byYear.set(year, [...permanent, ...elected].map((member) => stateId(member.iso3)).sort());
    }
    return new CouncilMembership(byYear);
  }

  /** Reads data/council-members.json; throws naming the file when it is not that. */
  static fromData(json: unknown): CouncilMembership {
    const data = parseSource(councilMembersDataSchema, json, "data/council-members.json", "the Council's members by year");
    return new CouncilMembership(new Map(Object.entries(data.years).map(([year, members]) => [Number(year), [...members].sort()])));
  }

  /** What data/council-members.json holds: every year, in order, with the file it came from. */
  toData(): CouncilMembersData {
    return { source: councilMembersFile, years: Object.fromEntries(this.years().map((year) => [String(year), [...this.byYear.get(year)!]])) };
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
  return CouncilMembership.fromSourceFile(parseSource(councilMembersSchema, json, councilMembersFile, "the Council's membership by year"));
}
