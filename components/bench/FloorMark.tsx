"use client";

import { useEffect, useState } from "react";
import { markFirstRender } from "./markFirstRender";

/** The empty page's one interactive element; marks `bench:first-render` as every bench page does. */
export function FloorMark() {
  const [presses, setPresses] = useState(0);
  useEffect(() => {
    markFirstRender();
  }, []);
  return (
    <button type="button" onClick={() => setPresses((count) => count + 1)}>
      Pressed {presses} {presses === 1 ? "time" : "times"}
    </button>
  );
}
