"use client";

import { useSyncExternalStore } from "react";

const query = "(prefers-reduced-motion: reduce)";

function subscribe(listener: () => void) {
  const media = window.matchMedia(query);
  media.addEventListener("change", listener);
  return () => media.removeEventListener("change", listener);
}

/**
 * True when the user asked the system for less motion: zooms and pans jump, the graph's
 * layout shows only its rest. The static render cannot see the setting, and hydration
 * renders with the server's answer before the browser's, so the server answers true: a
 * view that starts an animation in that first render (the graph's layout worker does)
 * then never moves for someone who asked it not to. Everyone else gets motion one
 * render later, which nobody can see.
 */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => true);
}
