"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { startEarlyWorkload, workloadFor } from "@/components/bench/workload";
import { createValueSource } from "@/components/hooks/valueSource";
import { subjectAreas } from "@/lib/model/subjectAreas";
import { benchWorkloadToMeetings } from "@/lib/timeline/benchAdapter";
import { visibilityFlags } from "@/lib/timeline/meetingFlags";
import { plainEmphasis } from "@/lib/timeline/timelineEmphasis";
import { buildTimelineModel, type TimelineModel } from "@/lib/timeline/timelineModel";
import type { IsoRange } from "@/lib/timeline/zoomMath";
import { TimelineScene } from "./TimelineScene";

const sizes = new Set(["220", "2000", "10000"]);

/** Where the workload comes from: `?data=<url>`, else `?n=220|2000|10000` (default 220). */
function workloadUrl(params: URLSearchParams): string {
  const data = params.get("data");
  if (data) return data;
  const n = params.get("n") ?? "220";
  return `/bench-data/meetings-${sizes.has(n) ? n : "220"}.json`;
}

const early = startEarlyWorkload(workloadUrl);

function markFirstRender() {
  requestAnimationFrame(() => setTimeout(() => performance.mark("bench:first-render")));
}

const nameOf = (entityId: string) => entityId.replace(/^\w+:/, "");
const presidentOf = (entityId: string) => ({ name: nameOf(entityId), code: nameOf(entityId) });
const noPresidencies: never[] = [];
const noHiddenLanes: string[] = [];
const ignore = () => {};

/** The real timeline scene over a benchmark workload, with the bench page contract's mark. */
export function TimelineBench() {
  const url = workloadUrl(new URLSearchParams(useSearchParams().toString()));
  const [loaded, setLoaded] = useState<{ url: string; model: TimelineModel } | { url: string; error: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    workloadFor(early, url)
      .then((rows) => !cancelled && setLoaded({ url, model: buildTimelineModel(benchWorkloadToMeetings(rows), subjectAreas) }))
      .catch((error: unknown) => !cancelled && setLoaded({ url, error: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
    };
  }, [url]);

  const model = loaded && loaded.url === url && "model" in loaded ? loaded.model : null;
  // Every meeting shown, nothing selected; hover and a brushed window work as in the explorer.
  const inputs = useMemo(
    () => model && {
      visibility: visibilityFlags(model, new Set(model.meetings.map((meeting) => meeting.id))),
      emphasis: createValueSource(plainEmphasis(model)),
      hover: createValueSource(-1),
    },
    [model],
  );
  const [timeWindow, setTimeWindow] = useState<IsoRange | null>(null);
  const onHoverMeeting = useCallback((id: string | null) => inputs?.hover.set(model?.indexById.get(id ?? "") ?? -1), [inputs, model]);

  if (loaded && loaded.url === url && "error" in loaded) return <p role="alert" style={{ padding: 16 }}>{loaded.error}</p>;
  if (!model || !inputs) return <p style={{ padding: 16 }}>Loading {url}…</p>;
  return (
    <div style={{ position: "fixed", inset: 0 }}>
      <TimelineScene
        key={url}
        model={model}
        {...inputs}
        hiddenLaneIds={noHiddenLanes}
        timeWindow={timeWindow}
        onWindowChange={setTimeWindow}
        home={null}
        presidencies={noPresidencies}
        nameOf={nameOf}
        presidentOf={presidentOf}
        onSelectMeeting={ignore}
        onHoverMeeting={onHoverMeeting}
        onClearSelection={ignore}
        onFirstPaint={markFirstRender}
      />
    </div>
  );
}
