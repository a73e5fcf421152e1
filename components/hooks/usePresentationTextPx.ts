"use client";

import { useSyncExternalStore } from "react";
import { presentationTextPx, presentationTextPxFor } from "@/lib/theme/theme";

function subscribeToResize(listener: () => void) {
  window.addEventListener("resize", listener);
  return () => window.removeEventListener("resize", listener);
}
const noSubscription = () => () => {};
const windowTextPx = () => presentationTextPxFor(window.innerWidth, window.innerHeight);
const fullHdTextPx = () => presentationTextPx;

/**
 * Presentation mode's type size for this window (lib/theme: 24 px at 1920 × 1080); outside
 * presentation mode the full-HD size, unread. The window is only consulted while presenting:
 * read on every load, it differed from the server's value and re-rendered the whole
 * explorer synchronously right after hydration, for a number nobody uses then.
 */
export function usePresentationTextPx(presenting: boolean): number {
  return useSyncExternalStore(presenting ? subscribeToResize : noSubscription, presenting ? windowTextPx : fullHdTextPx, fullHdTextPx);
}
