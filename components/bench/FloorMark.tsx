"use client";

import { useEffect, useState } from "react";

/**
 * The empty page's one interactive element. Marks `bench:first-render` after the first
 * frame and a task, as the other benchmark pages and the explorer's own mark do, so the
 * figures compare like with like.
 */
export function FloorMark() {
  const [presses, setPresses] = useState(0);
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => performance.mark("bench:first-render")));
  }, []);
  return (
    <button type="button" onClick={() => setPresses((count) => count + 1)}>
      Pressed {presses} {presses === 1 ? "time" : "times"}
    </button>
  );
}
