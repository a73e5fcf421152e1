import { isRealIsoDate } from "@/lib/text/calendar";

// Small shape checks for JSON the browser fetches, written by hand so the page does not
// ship zod (only the ingest validates with it). A check returns null when the value fits,
// or says what is wrong at which path ("outcomes[2].kind: expected one of …, got "x"").

export type ShapeCheck = (value: unknown, path: string) => string | null;

/**
 * The path a first, quiet pass checks with: the combinators pass it down unchanged instead
 * of building "meetings[4711].sources[0].file" for every value of a 7 MB file (that
 * allocation was most of the check's time). Only a file that fails is checked again with
 * real paths, to say where (checkShape).
 */
const quietPath = "\u0000";

/** Null when the value fits the check; otherwise what is wrong, at which path. */
export function checkShape(check: ShapeCheck, value: unknown): string | null {
  return check(value, quietPath) === null ? null : check(value, "");
}

/** A value as a message quotes it: short strings in quotes, containers by kind. */
export const describeValue = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  return typeof value === "object" ? "an object" : String(value);
};

const at = (path: string, expected: string, value: unknown) => `${path || "the file"}: expected ${expected}, got ${describeValue(value)}`;

export const isString: ShapeCheck = (value, path) => (typeof value === "string" ? null : at(path, "a string", value));
export const isNonEmptyString: ShapeCheck = (value, path) => (typeof value === "string" && value.length > 0 ? null : at(path, "a non-empty string", value));
export const isBoolean: ShapeCheck = (value, path) => (typeof value === "boolean" ? null : at(path, "true or false", value));
export const isCount: ShapeCheck = (value, path) => (Number.isInteger(value) && (value as number) >= 0 ? null : at(path, "a whole number", value));
export const isRealDate: ShapeCheck = (value, path) => (typeof value === "string" && isRealIsoDate(value) ? null : at(path, "a real calendar date (YYYY-MM-DD)", value));

export function oneOf(vocabulary: readonly string[]): ShapeCheck {
  return (value, path) => (typeof value === "string" && vocabulary.includes(value) ? null : at(path, `one of ${vocabulary.join(", ")}`, value));
}

export function optional(check: ShapeCheck): ShapeCheck {
  return (value, path) => (value === undefined ? null : check(value, path));
}

export function arrayOf(check: ShapeCheck): ShapeCheck {
  return (value, path) => {
    if (!Array.isArray(value)) return at(path, "an array", value);
    for (let i = 0; i < value.length; i++) {
      const problem = check(value[i], path === quietPath ? quietPath : `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };
}

/** An object with at least these fields; fields it does not name are allowed (the contract may grow). */
export function objectWith(fields: Record<string, ShapeCheck>): ShapeCheck {
  const entries = Object.entries(fields);
  return (value, path) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return at(path, "an object", value);
    for (const [name, check] of entries) {
      const problem = check((value as Record<string, unknown>)[name], path === quietPath ? quietPath : path ? `${path}.${name}` : name);
      if (problem) return problem;
    }
    return null;
  };
}

/** A check and a rule about the value as a whole (e.g. a meeting's date in its file's year). */
export function refined(check: ShapeCheck, rule: (value: never, path: string) => string | null): ShapeCheck {
  return (value, path) => check(value, path) ?? rule(value as never, path);
}
