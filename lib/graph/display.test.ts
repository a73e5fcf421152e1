import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { createExplorerStore } from "@/lib/store/createExplorerStore";
import { createDerivedSelectors } from "@/lib/store/derivedSelectors";
import { graphDisplayInput } from "@/lib/store/graphDisplayInput";
import type { ExplorerState } from "@/lib/store/types";
import { buildGraph } from "./buildGraph";
import { DisplayState, graphDisplay, plainDisplay, selectionEmphasis } from "./display";
import { prepareScene } from "./scene";

const graph = buildGraph(sampleDataset);
const store = () => createExplorerStore();
const derived = createDerivedSelectors(indexDataset(sampleDataset));
const displayOf = (state: ExplorerState) => graphDisplay(graph, graphDisplayInput(derived, state));
const nodeStateOf = (display: ReturnType<typeof displayOf>, id: string) => display.nodeState[graph.indexById.get(id)!];
const edgeStateOf = (display: ReturnType<typeof displayOf>, id: string) => display.edgeState[graph.edges.findIndex((edge) => edge.id === id)];

describe("graphDisplay", () => {
  it("shows everything plainly when nothing is selected or filtered", () => {
    const display = displayOf(store().getState());
    expect(display.hasSelection).toBe(false);
    expect(display.visibleNodeCount).toBe(graph.nodes.length);
    expect([...display.nodeState].every((state) => state === DisplayState.normal)).toBe(true);
  });

  it("keeps to April's meetings and the entities active in them when the window is April", () => {
    const explorer = store();
    explorer.getState().setTimeWindow({ start: "2003-04-01", end: "2003-04-30" });
    const display = displayOf(explorer.getState());
    expect(nodeStateOf(display, "4694")).toBe(DisplayState.hidden);
    expect(nodeStateOf(display, "state:FRA")).toBe(DisplayState.hidden);
    expect(nodeStateOf(display, "4739")).toBe(DisplayState.normal);
    expect(nodeStateOf(display, "org:EU")).toBe(DisplayState.normal);
    expect(nodeStateOf(display, "state:CZE")).toBe(DisplayState.normal);
  });

  it("hides inferred edges, and entities left with none, when only stated edges are shown", () => {
    const explorer = store();
    explorer.getState().setStatedOnly(true);
    const display = displayOf(explorer.getState());
    expect(edgeStateOf(display, "presided|state:MEX|4739|inferred")).toBe(DisplayState.hidden);
    expect(nodeStateOf(display, "state:MEX")).toBe(DisplayState.hidden);
    expect(nodeStateOf(display, "state:IRQ")).toBe(DisplayState.hidden);
    expect(nodeStateOf(display, "4740")).toBe(DisplayState.hidden);
    expect(nodeStateOf(display, "4739")).toBe(DisplayState.normal);
  });

  it("draws the selection strongest, its highlight clear and the rest dimmed", () => {
    const explorer = store();
    explorer.getState().selectMeeting("4739");
    const display = displayOf(explorer.getState());
    expect(nodeStateOf(display, "4739")).toBe(DisplayState.selected);
    expect(nodeStateOf(display, "org:AU")).toBe(DisplayState.highlighted);
    expect(nodeStateOf(display, "org:EU")).toBe(DisplayState.highlighted);
    expect(nodeStateOf(display, "state:IRQ")).toBe(DisplayState.dimmed);
    expect(edgeStateOf(display, "spoke-on-behalf|state:GRC|org:EU|stated")).toBe(DisplayState.highlighted);
    expect(edgeStateOf(display, "subject-of|state:IRQ|4740|inferred")).toBe(DisplayState.dimmed);
    expect(display.selectionKey).toBe("4739|");
  });

  it("lights the edges that touch a selected entity even where the other end is not highlighted", () => {
    const explorer = store();
    explorer.getState().selectEntity("org:EU");
    const display = displayOf(explorer.getState());
    expect(nodeStateOf(display, "4739")).toBe(DisplayState.highlighted);
    expect(edgeStateOf(display, "aligned-with|state:CZE|org:EU|stated")).toBe(DisplayState.highlighted);
    expect(nodeStateOf(display, "state:CZE")).toBe(DisplayState.dimmed);
  });

  it("hides a kind of entity the filters hide, with its edges", () => {
    const explorer = store();
    explorer.getState().toggleEntityKind("person");
    const display = displayOf(explorer.getState());
    expect(nodeStateOf(display, "person:kofi-annan")).toBe(DisplayState.hidden);
    expect(edgeStateOf(display, "spoke|person:kofi-annan|4739|stated")).toBe(DisplayState.hidden);
  });

  it("shows every node of a graph without meetings", () => {
    expect(plainDisplay(graph).visibleNodeCount).toBe(graph.nodes.length);
  });
});

describe("selectionEmphasis", () => {
  it("tells what a selected meeting is about from the Council members who also sat elsewhere", () => {
    // France presided 4694 and, here, also spoke at 4739: highlighted, but not 4739's alone.
    const franceAt4739 = { ...sampleDataset.participations[0]!, id: "4739|council-member|state:FRA", meetingId: "4739", role: "council-member" as const };
    const dataset = { ...sampleDataset, participations: [...sampleDataset.participations, franceAt4739] };
    const graph = buildGraph(dataset);
    const explorer = createExplorerStore();
    const derived = createDerivedSelectors(indexDataset(dataset));
    explorer.getState().selectMeeting("4739");
    const state = explorer.getState();
    const display = graphDisplay(graph, graphDisplayInput(derived, state));
    const { specific, litDegree } = selectionEmphasis(prepareScene(graph).edgeEnds, display);
    const of = (id: string) => graph.indexById.get(id)!;
    expect(display.nodeState[of("state:FRA")]).toBe(DisplayState.highlighted);
    expect(specific[of("state:FRA")]).toBe(0);
    for (const id of ["org:AU", "org:EU", "state:GRC", "state:CZE"]) expect(specific[of(id)], id).toBe(1);
    // The selected meeting itself is selected, not "specific".
    expect(specific[of("4739")]).toBe(0);
    // The EU carries Greece's statement and the Czech Republic's alignment.
    expect(litDegree[of("org:EU")]).toBe(2);
  });
});
