import type { Entity } from "@/lib/model/schema";

// An entity's era in words: when it existed, the names it bore for a while, the years it
// sat on the Council ("1946–1991"; "1972–1973, 1988–1989").

type Format = (iso: string) => string;

/** "from 30 June 1960", "until 24 December 1991", "15 August 1960 – 2 June 2006"; undefined when always. */
export function lifetimeText(entity: Pick<Entity, "validFrom" | "validUntil">, format: Format): string | undefined {
  if (entity.validFrom && entity.validUntil) return `${format(entity.validFrom)} – ${format(entity.validUntil)}`;
  if (entity.validFrom) return `from ${format(entity.validFrom)}`;
  if (entity.validUntil) return `until ${format(entity.validUntil)}`;
  return undefined;
}

/** "Zaire (27 October 1971 – 16 May 1997)". */
export function datedNameText(dated: NonNullable<Entity["names"]>[number], format: Format): string {
  const period = lifetimeText({ validFrom: dated.from, validUntil: dated.until }, format);
  return period ? `${dated.name} (${period})` : dated.name;
}

/** Runs of consecutive years: [1946, …, 1991] -> "1946–1991"; [1972, 1973, 1988] -> "1972–1973, 1988". */
export function yearRuns(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}
