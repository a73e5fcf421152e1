import type { z } from "zod";

/** A source file that was read but does not hold what it should: one line naming the file, exit status 1. */
export class InvalidSourceError extends Error {
  readonly code = "invalid-source";
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** Parses `json` with `schema`, or throws an InvalidSourceError naming the file and the first wrong field. */
export function parseSource<T>(schema: z.ZodType<T>, json: unknown, file: string, what: string): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  throw new InvalidSourceError(file, `not ${what}${where}: ${issue?.message ?? "invalid"}`);
}
