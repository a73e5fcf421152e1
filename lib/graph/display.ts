import type { GraphData, GraphNodeKind } from "./types";

/** How strongly to draw a node or edge; 0 means not at all. Ordered weakest to strongest. */
export const DisplayState = { hidden: 0, dimmed: 1, normal: 2, highlighted: 3, selected: 4 } as const;
export type DisplayStateValue = (typeof DisplayState)[keyof typeof DisplayState];

export interface DisplayInput {
  /** Meetings the time window and filters let through; null shows every edge (bench data). */
  visibleMeetingIds: ReadonlySet<string> | null;
  statedOnly: boolean;
  hiddenKinds: readonly GraphNodeKind[];
  selection: { meetings: readonly string[]; entities: readonly string[] };
  /** The store's highlight: what the selection lights up. */
  highlight: { meetings: ReadonlySet<string>; entities: ReadonlySet<string> };
}

export interface GraphDisplay {
  /** Per node, a DisplayState value. */
  nodeState: Uint8Array;
  /** Per edge: hidden, dimmed, normal or highlighted. */
  edgeState: Uint8Array;
  hasSelection: boolean;
  visibleNodeCount: number;
  /** "meetingIds|entityIds", comma-separated: stamped on the view once painted, for tests and the benchmark. */
  selectionKey: string;
}

/**
 * The graph's answer to the store, as sigma's reducers do it: a pure function of the
 * data and UI state to display states. The layout never changes here; a time window or
 * filter only hides, so nothing jumps.
 *
 * - An edge shows while one of its meetings is visible, its certainty is allowed and
 *   neither end is of a hidden kind.
 * - A node shows while at least one of its edges shows: a visible meeting whose only
 *   links are inferred disappears with them when only stated links are shown.
 * - With a selection, selected nodes are strongest, the highlight is clear and the rest
 *   dims; an edge lights when both ends are lit or it touches a selected node.
 */
export function graphDisplay(graph: GraphData, input: DisplayInput): GraphDisplay {
  const { nodes, edges } = graph;
  const nodeState = new Uint8Array(nodes.length);
  const edgeState = new Uint8Array(edges.length);
  const hiddenKind = nodes.map((node) => input.hiddenKinds.includes(node.kind));
  const hasEdge = new Uint8Array(nodes.length);

  const edgeVisible = new Uint8Array(edges.length);
  edges.forEach((edge, i) => {
    hasEdge[edge.source] = 1;
    hasEdge[edge.target] = 1;
    if (input.statedOnly && edge.certainty !== "stated") return;
    if (hiddenKind[edge.source] || hiddenKind[edge.target]) return;
    const visibleMeetings = input.visibleMeetingIds;
    if (visibleMeetings && edge.meetingIds.length > 0 && !edge.meetingIds.some((id) => visibleMeetings.has(id))) return;
    edgeVisible[i] = 1;
  });

  const meetingAllowed = nodes.map((node) => node.kind === "meeting" && (!input.visibleMeetingIds || input.visibleMeetingIds.has(node.id)));
  const shown = new Uint8Array(nodes.length);
  nodes.forEach((node, i) => {
    if (!hiddenKind[i] && !hasEdge[i]) shown[i] = 1;
  });
  edges.forEach((edge, i) => {
    if (!edgeVisible[i]) return;
    // A meeting edge needs its meeting let through; both ends show because of the edge.
    const blocked = (end: number) => nodes[end]!.kind === "meeting" && !meetingAllowed[end];
    if (blocked(edge.source) || blocked(edge.target)) {
      edgeVisible[i] = 0;
      return;
    }
    shown[edge.source] = 1;
    shown[edge.target] = 1;
  });

  const selected = new Set([...input.selection.meetings, ...input.selection.entities]);
  const hasSelection = selected.size > 0;
  let visibleNodeCount = 0;
  nodes.forEach((node, i) => {
    if (!shown[i]) return;
    visibleNodeCount++;
    if (!hasSelection) nodeState[i] = DisplayState.normal;
    else if (selected.has(node.id)) nodeState[i] = DisplayState.selected;
    else if ((node.kind === "meeting" ? input.highlight.meetings : input.highlight.entities).has(node.id)) nodeState[i] = DisplayState.highlighted;
    else nodeState[i] = DisplayState.dimmed;
  });
  edges.forEach((edge, i) => {
    if (!edgeVisible[i]) return;
    if (!hasSelection) {
      edgeState[i] = DisplayState.normal;
      return;
    }
    const source = nodeState[edge.source]!;
    const target = nodeState[edge.target]!;
    const lit = (source >= DisplayState.highlighted && target >= DisplayState.highlighted) || source === DisplayState.selected || target === DisplayState.selected;
    edgeState[i] = lit ? DisplayState.highlighted : DisplayState.dimmed;
  });
  const selectionKey = `${input.selection.meetings.join(",")}|${input.selection.entities.join(",")}`;
  return { nodeState, edgeState, hasSelection, visibleNodeCount, selectionKey };
}

/** Everything shown, nothing selected: the bench page's display. */
export function plainDisplay(graph: GraphData): GraphDisplay {
  return graphDisplay(graph, {
    visibleMeetingIds: null,
    statedOnly: false,
    hiddenKinds: [],
    selection: { meetings: [], entities: [] },
    highlight: { meetings: new Set(), entities: new Set() },
  });
}

export interface SelectionEmphasis {
  /** 1 for a highlighted node every shown edge of which is lit: it belongs to the selection alone. */
  specific: Uint8Array;
  /** Lit edges per node: how much of the selection's picture hangs on it. */
  litDegree: Uint32Array;
}

/**
 * Which highlighted nodes the selection is about. At meeting 4739 the African Union, the
 * European Union and the states aligned with it appear nowhere else in the year, while
 * France, a Council member, spoke at a dozen other meetings: both are highlighted, but
 * labels and the view's focus go to the first kind. `edgeEnds` is source, target per edge.
 */
export function selectionEmphasis(edgeEnds: Uint32Array, display: Pick<GraphDisplay, "nodeState" | "edgeState">): SelectionEmphasis {
  const { nodeState, edgeState } = display;
  const specific = Uint8Array.from(nodeState, (state) => (state === DisplayState.highlighted ? 1 : 0));
  const litDegree = new Uint32Array(nodeState.length);
  for (let i = 0; i < edgeState.length; i++) {
    const state = edgeState[i]!;
    if (state === DisplayState.hidden) continue;
    const source = edgeEnds[i * 2]!;
    const target = edgeEnds[i * 2 + 1]!;
    if (state >= DisplayState.highlighted) {
      litDegree[source]!++;
      litDegree[target]!++;
    } else {
      specific[source] = 0;
      specific[target] = 0;
    }
  }
  return { specific, litDegree };
}
