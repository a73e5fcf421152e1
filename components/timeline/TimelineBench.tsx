"use client";

import { useCallback, useMemo, useState } from "react";
import { markFirstRender } from "@/components/bench/markFirstRender";
import { benchWorkload, useBenchWorkload } from "@/components/bench/useBenchWorkload";
import { TIMELINE_WORKLOAD } from "@/components/bench/workloadFiles";
import { createValueSource } from "@/components/hooks/valueSource";
import { subjectAreas } from "@/lib/model/subjectAreas";
import { benchWorkloadToMeetings } from "@/lib/timeline/benchAdapter";
import { visibilityFlags } from "@/lib/timeline/meetingFlags";
import { plainEmphasis } from "@/lib/timeline/timelineEmphasis";
import { buildTimelineModel } from "@/lib/timeline/timelineModel";
import type { IsoRange } from "@/lib/timeline/zoomMath";
import { TimelineScene } from "./TimelineScene";

/** `?data=<url>`, else `?n=220|2000|10000` (default 220). */
const workload = benchWorkload(TIMELINE_WORKLOAD);
const toTimelineModel = (rows: unknown) => buildTimelineModel(benchWorkloadToMeetings(rows), subjectAreas);

const nameOf = (entityId: string) => entityId.replace(/^\w+:/, "");
const presidentOf = (entityId: string) => ({ name: nameOf(entityId), code: nameOf(entityId) });
const noPresidencies: never[] = [];
const noHiddenLanes: string[] = [];
const ignore = () => {};

/** The real timeline scene over a benchmark workload, with the bench page contract's mark. */
export function TimelineBench() {
  const loaded = useBenchWorkload(workload, toTimelineModel);
  const { url } = loaded;
  const model = loaded.status === "ready" ? loaded.value : null;
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

  if (loaded.status === "failed") return <p role="alert" style={{ padding: 16 }}>{loaded.error}</p>;
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
