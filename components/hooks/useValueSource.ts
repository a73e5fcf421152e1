"use client";

import { useSyncExternalStore } from "react";
import type { ValueSource } from "./valueSource";

/**
 * A value source's current value, re-rendering this component (and no other) when it
 * changes. The static render sees the source's initial value.
 */
export function useValueSource<T>(source: ValueSource<T>): T {
  return useSyncExternalStore(source.subscribe, source.get, source.get);
}
