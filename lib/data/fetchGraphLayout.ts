import type { PrelaidLayout } from "@/lib/graph/prelaidLayout";

/** Just enough checking that a damaged file is refused; the graph then verifies the signature. */
function isPrelaidLayout(value: unknown): value is PrelaidLayout {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.signature === "string" &&
    typeof candidate.seed === "number" &&
    typeof candidate.aspect === "number" &&
    Array.isArray(candidate.positions) &&
    candidate.positions.every((entry) => typeof entry === "number")
  );
}

/**
 * The all-years graph's layout made at build time (scripts/prelayGraphs.ts). A layout is
 * an optimisation, never data: any failure gives null and the graph lays itself out.
 */
export async function fetchGraphLayout(url: string, signal?: AbortSignal): Promise<PrelaidLayout | null> {
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return isPrelaidLayout(body) ? body : null;
  } catch {
    return null;
  }
}
