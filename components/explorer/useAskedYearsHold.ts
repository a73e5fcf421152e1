"use client";

import { useEffect, useState } from "react";
import { wantsAllYears } from "@/lib/store/urlState";

/**
 * How long a link asking for other years keeps the default year's HTML un-hydrated while
 * they load. On a fast network every year is in well before; on a slow one the default
 * year becomes usable after this, with the load's progress, as without the hold.
 */
export const ASKED_YEARS_HOLD_MS = 1500;

interface AskedYearsHoldOptions {
  defaultYear: number;
  availableYears: readonly number[];
  /** Every year is in, or the load failed: either way the hold is over. */
  settled: boolean;
}

/**
 * Whether the page holds its server HTML (the default year's) un-hydrated: from the first
 * render in the browser of a link that asks for other years, until they are in, the load
 * fails, or ASKED_YEARS_HOLD_MS pass. Once over it never starts again. While it lasts the
 * page's root carries `data-pending-years`, which shows a "Loading every year" note (the
 * inline preload script sets it even sooner, as the HTML is parsed).
 */
export function useAskedYearsHold({ defaultYear, availableYears, settled }: AskedYearsHoldOptions): boolean {
  // The URL is read in the initializer: on the server it is false, and in the browser it
  // only decides whether the HTML below is hydrated, never what it is.
  const [holding, setHolding] = useState(() => typeof window !== "undefined" && wantsAllYears(window.location.search, defaultYear, availableYears));
  const [expired, setExpired] = useState(false);
  if (holding && (settled || expired)) setHolding(false);

  useEffect(() => {
    if (!holding) return;
    const timer = setTimeout(() => setExpired(true), ASKED_YEARS_HOLD_MS);
    return () => clearTimeout(timer);
  }, [holding]);

  useEffect(() => {
    document.documentElement.toggleAttribute("data-pending-years", holding);
  }, [holding]);

  return holding;
}
