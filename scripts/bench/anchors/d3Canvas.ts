// Anchor page: d3-force with its default settings, drawn to a canvas on every tick, over
// the same graph workload as /bench/graph. Many-body repulsion, links and a centring
// force, alpha and its decay as d3 sets them; d3-zoom for wheel zoom and drag pan.
import { forceCenter, forceLink, forceManyBody, forceSimulation, select, zoom, zoomIdentity, type SimulationLinkDatum, type SimulationNodeDatum, type ZoomTransform } from "d3";
import { loadWorkload, markFirstRender, markSettled, showFailure, stage, workloadUrl } from "./anchorPage";

type NodeKind = "state" | "organization" | "person";

interface GraphNode extends SimulationNodeDatum {
  id: string;
  type: NodeKind;
}

interface BenchGraph {
  nodes: GraphNode[];
  links: Array<SimulationLinkDatum<GraphNode>>;
}

const FILL: Record<NodeKind, string> = { state: "#1f5fa8", organization: "#b05a00", person: "#4d7a2a" };
const RADIUS = 3;

function createCanvas(host: HTMLElement): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D; width: number; height: number } {
  const canvas = document.createElement("canvas");
  const { width, height } = host.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  host.replaceChildren(canvas);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("anchor page: no 2D canvas");
  context.scale(ratio, ratio);
  return { canvas, context, width, height };
}

async function main(): Promise<void> {
  const graph = (await loadWorkload(workloadUrl("graph", ["100", "1000", "5000", "20000"], "1000"))) as BenchGraph;
  const { canvas, context, width, height } = createCanvas(stage());
  let transform: ZoomTransform = zoomIdentity;

  const simulation = forceSimulation(graph.nodes)
    .force("link", forceLink<GraphNode, SimulationLinkDatum<GraphNode>>(graph.links).id((node) => node.id))
    .force("charge", forceManyBody())
    .force("center", forceCenter(width / 2, height / 2));

  function draw(): void {
    context.save();
    context.clearRect(0, 0, width, height);
    context.translate(transform.x, transform.y);
    context.scale(transform.k, transform.k);
    context.beginPath();
    for (const link of graph.links) {
      const source = link.source as GraphNode;
      const target = link.target as GraphNode;
      context.moveTo(source.x ?? 0, source.y ?? 0);
      context.lineTo(target.x ?? 0, target.y ?? 0);
    }
    context.strokeStyle = "rgba(90, 90, 90, 0.35)";
    context.lineWidth = 1 / transform.k;
    context.stroke();
    for (const kind of Object.keys(FILL) as NodeKind[]) {
      context.beginPath();
      for (const node of graph.nodes) {
        if (node.type !== kind) continue;
        context.moveTo((node.x ?? 0) + RADIUS, node.y ?? 0);
        context.arc(node.x ?? 0, node.y ?? 0, RADIUS, 0, 2 * Math.PI);
      }
      context.fillStyle = FILL[kind];
      context.fill();
    }
    context.restore();
  }

  simulation.on("tick", draw).on("end", () => {
    draw();
    markSettled();
  });
  select(canvas).call(
    zoom<HTMLCanvasElement, unknown>().on("zoom", (event: { transform: ZoomTransform }) => {
      transform = event.transform;
      draw();
    }),
  );
  draw();
  markFirstRender();
}

main().catch(showFailure);
