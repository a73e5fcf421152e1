import { describe, expect, it } from "vitest";
import { buildGraph } from "@/lib/graph/buildGraph";
import { plainDisplay } from "@/lib/graph/display";
import { prepareScene } from "@/lib/graph/scene";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { computeFrame } from "@/lib/timeline/frame";
import { layoutLanes } from "@/lib/timeline/laneLayout";
import { binMeetings } from "@/lib/timeline/levelOfDetail";
import { emphasisFlags, visibilityFlags } from "@/lib/timeline/meetingFlags";
import { createRowPackingCache } from "@/lib/timeline/packRows";
import { buildTimelineModel } from "@/lib/timeline/timelineModel";
import { viewOf } from "@/lib/timeline/zoomMath";
import { graphLegend, timelineLegend } from "./figureLegend";
import { figureSvg } from "./figureSvg";
import { graphSvgPanel } from "./graphSvg";
import { shapePath } from "./svgShape";
import { timelineSvgPanel } from "./timelineSvg";

// Figures are built from the pure frame and positions the canvases draw: the SVG has
// one mark per mark of the frame and one line per edge shown.

function timelineFixture(selected: string[] = []) {
  const model = buildTimelineModel(sampleDataset.meetings, sampleDataset.subjectAreas);
  const visibility = visibilityFlags(model, new Set(sampleDataset.meetings.map((meeting) => meeting.id)));
  const emphasis = emphasisFlags(model, new Set(selected), selected, selected.length > 0);
  const frame = computeFrame({
    model,
    visibility,
    rowsFor: createRowPackingCache(model, visibility.visible),
    density: { month: binMeetings(model, visibility, emphasis, "month"), year: binMeetings(model, visibility, emphasis, "year") },
    view: viewOf(model.domain, 900, { k: 1, x: 0 }),
    lanes: layoutLanes(model.lanes.map(() => 1), 360),
    measure: (text) => text.length * 7,
  });
  return { model, emphasis, frame };
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe("figures as SVG", () => {
  it("draws the timeline's frame: one glyph per mark, a ring per selected meeting, the window band", () => {
    const { model, emphasis, frame } = timelineFixture([sampleDataset.meetings[0]!.id]);
    expect(frame.marks.length).toBeGreaterThan(0);
    const panel = timelineSvgPanel({ frame, model, emphasis, ticks: [{ x: 450, text: "July" }], windowBand: [100, 200] });
    expect(count(panel.body, /<path transform="translate\(|<g transform="translate\([\d.]+ [\d.]+\)"( opacity="[\d.]+")?><path/g)).toBe(frame.marks.length);
    expect(count(panel.body, /stroke-width="3"\/>/g)).toBe(1);
    expect(panel.body).toContain('fill="rgba(0, 114, 178, 0.12)"');
    expect(panel.body).toContain(">July</text>");
    expect(panel.width).toBe(210 + 900);
  });

  it("boxes the selected meetings' names the canvas boxed, escaping their text", () => {
    const { model, emphasis, frame } = timelineFixture([sampleDataset.meetings[0]!.id]);
    const callouts = [{ index: 0, x: 40, y: 30, width: 28, text: "4694 <R1>" }];
    const panel = timelineSvgPanel({ frame, model, emphasis, ticks: [], windowBand: null, callouts });
    expect(panel.body).toContain('<rect x="37" y="21" width="34" height="18" fill="#ffffff"');
    expect(panel.body).toContain(">4694 &lt;R1&gt;</text>");
    expect(count(timelineSvgPanel({ frame, model, emphasis, ticks: [], windowBand: null }).body, /fill="#ffffff" stroke=/g)).toBe(0);
  });

  it("draws the graph at its view: a line per shown edge and a shape per shown node", () => {
    const graph = buildGraph(sampleDataset);
    const scene = prepareScene(graph);
    const display = plainDisplay(graph);
    const positions = new Float32Array(scene.nodeCount * 2).map((_, i) => (i % 2 ? 20 : 30) + i * 3);
    const panel = graphSvgPanel({ scene, display, positions, transform: { k: 1, x: 0, y: 0 }, width: 2000, height: 2000, labels: [{ index: 0, dx: 8, dy: -6, text: "A & B <x>" }], fontPx: 13 });
    expect(count(panel.body, /<line /g)).toBe(graph.edges.length);
    expect(count(panel.body, /<path d=/g)).toBe(scene.nodeCount);
    expect(panel.body).toContain(">A &amp; B &lt;x&gt;</text>");
  });

  it("draws the line to a name the canvas set apart from its node, and none for a name beside it", () => {
    const graph = buildGraph(sampleDataset);
    const scene = prepareScene(graph);
    const display = plainDisplay(graph);
    const positions = new Float32Array(scene.nodeCount * 2).fill(100);
    const leader = { x0: 3, y0: -4, x1: 30, y1: -40 };
    const input = { scene, display, positions, transform: { k: 1, x: 0, y: 0 }, width: 300, height: 300, fontPx: 13 };
    const withoutEdges = (body: string) => count(body, /<line /g) - graph.edges.length;
    expect(withoutEdges(graphSvgPanel({ ...input, labels: [{ index: 0, dx: 30, dy: -50, text: "Apart", leader }] }).body)).toBe(1);
    expect(graphSvgPanel({ ...input, labels: [{ index: 0, dx: 30, dy: -50, text: "Apart", leader }] }).body).toContain('<line x1="103" y1="96" x2="130" y2="60"');
    expect(withoutEdges(graphSvgPanel({ ...input, labels: [{ index: 0, dx: 8, dy: -6, text: "Beside" }] }).body)).toBe(0);
  });

  it("leaves out a node of a kind the canvas does not draw, rather than failing", () => {
    const graph = buildGraph(sampleDataset);
    const scene = prepareScene(graph);
    const nodeKind = scene.nodeKind.slice();
    nodeKind[0] = 255;
    const panel = graphSvgPanel({ scene: { ...scene, nodeKind }, display: plainDisplay(graph), positions: new Float32Array(scene.nodeCount * 2), transform: { k: 1, x: 10, y: 10 }, width: 100, height: 100, labels: [], fontPx: 13 });
    expect(count(panel.body, /<path d=/g)).toBe(scene.nodeCount - 1);
  });

  it("composes title, panels, legend and a wrapped source line, escaping every text", () => {
    const { model, emphasis, frame } = timelineFixture();
    const panel = timelineSvgPanel({ frame, model, emphasis, ticks: [], windowBand: null });
    const legend = [...timelineLegend(["resolution", "none"], model.lanes), ...graphLegend(["state", "organization"], ["spoke"], true)];
    const figure = figureSvg({ title: 'Title <script>alert("x")</script>', panels: [panel], legend, sourceLine: `Sources: ${"word ".repeat(80)}end` });
    expect(figure.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(figure.svg).not.toContain("<script>");
    expect(figure.svg).toContain("Title &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(figure.svg).toMatch(/<g id="legend"[^>]*>.*>Outcome<.*>Resolution<.*>Subject area<.*>Node<.*>State<.*>Link<.*>Inferred by the app \(dashed\)</);
    expect(count(figure.svg, /<tspan /g)).toBeGreaterThan(1);
    expect(figure.width).toBe(Math.ceil(panel.width + 48));
  });

  it("writes node shapes as the canvas draws them: a circle as two arcs, a square as a box", () => {
    expect(shapePath("circle", 10, 10, 5)).toBe("M15 10A5 5 0 1 1 5 10A5 5 0 1 1 15 10");
    expect(shapePath("square", 0, 0, 10)).toBe("M-8.9 -8.9h17.7v17.7h-17.7Z");
    expect(shapePath("triangle", 0, 0, 10)).toMatch(/^M0 -12L10.4 6L-10.4 6Z$/);
  });
});
