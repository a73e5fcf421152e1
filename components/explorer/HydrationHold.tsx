"use client";

import { Suspense, use, useState, type ReactNode } from "react";

/** Never settles: what a held boundary waits on. */
const never = new Promise<never>(() => {});

function Suspended({ children }: { children: ReactNode }) {
  use(never);
  return children;
}

interface HydrationHoldProps {
  /** True from the first render while the server's HTML is not worth hydrating; may only turn false. */
  holding: boolean;
  /** Shown only if the held content is ever rendered in the browser rather than hydrated. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Leaves the server's HTML of `children` on screen but not hydrated while `holding`, then
 * renders `children` afresh. A link to every year would otherwise hydrate the default
 * year's views (a few hundred milliseconds of work) only to replace them when the other
 * years arrive.
 *
 * How: a Suspense boundary that suspends during hydration keeps its server HTML. While
 * held, the very same element is returned on every render, so React bails out before the
 * boundary and never tries to hydrate it again (new props or context reaching a
 * dehydrated boundary make React give up on it and show the fallback). On release the
 * key changes: React deletes the dehydrated boundary and mounts a new one. No context
 * that changes may be provided between this component and its parent's hydration root.
 */
export function HydrationHold({ holding, fallback, children }: HydrationHoldProps) {
  const [released, setReleased] = useState(!holding);
  if (!holding && !released) setReleased(true);
  const [held] = useState(() => (
    <Suspense key="held" fallback={fallback}>
      <Suspended>{children}</Suspended>
    </Suspense>
  ));
  if (!released) return held;
  return (
    <Suspense key="live" fallback={fallback}>
      {children}
    </Suspense>
  );
}
