// Anchor page: vis-timeline out of the box over the same meetings workload as
// /bench/timeline. One point in time per meeting, labelled with its topic; every option
// left at the library's default (wheel zooms, drag pans, items stacked, the window fitted
// to the data), except that a label is set as text, never parsed as HTML.
import { DataSet } from "vis-data/peer";
import { Timeline, type DataItem } from "vis-timeline/peer";
import { loadWorkload, markFirstRender, showFailure, stage, workloadUrl } from "./anchorPage";

interface BenchMeeting {
  id: string;
  date: string;
  topic: string;
}

/** The item's content (its topic) as a text node: vis-timeline would parse a string as HTML. */
function labelOf(item: DataItem): HTMLElement {
  const label = document.createElement("span");
  label.textContent = String(item.content);
  return label;
}

async function main(): Promise<void> {
  const meetings = (await loadWorkload(workloadUrl("meetings", ["220", "2000", "10000"], "220"))) as BenchMeeting[];
  const items = new DataSet<DataItem>(meetings.map((meeting) => ({ id: meeting.id, start: meeting.date, content: meeting.topic })));
  // vis-timeline makes its container position: relative, which would undo the stage's
  // full-viewport fixed position; so it gets a child that fills the stage.
  const host = document.createElement("div");
  host.style.height = "100%";
  stage().replaceChildren(host);
  new Timeline(host, items, { height: "100%", template: labelOf, onInitialDrawComplete: markFirstRender });
}

main().catch(showFailure);
