"use client";

import { useSyncExternalStore } from "react";
import { presentationTextPxFor } from "@/lib/theme/theme";

function subscribe(listener: () => void) {
  window.addEventListener("resize", listener);
  return () => window.removeEventListener("resize", listener);
}

/** Presentation mode's type size for this window (lib/theme: 24 px at 1920 × 1080). */
export function usePresentationTextPx(): number {
  return useSyncExternalStore(
    subscribe,
    () => presentationTextPxFor(window.innerWidth, window.innerHeight),
    () => presentationTextPxFor(1920, 1080),
  );
}
