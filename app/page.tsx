import { Explorer } from "@/components/explorer/Explorer";
import { allYearsPreloadScript } from "@/lib/data/allYearsPreload";
import { assembleDataset } from "@/lib/data/assembleDataset";
import { availableYears, defaultYear } from "@/lib/data/dataIndex";
import { buildGraph } from "@/lib/graph/buildGraph";
import { prelayGraph } from "@/lib/graph/prelayGraph";
import { shipYear } from "@/lib/data/shippedYear";
import type { PresidencyMonth, SubjectAreaInfo } from "@/lib/model/dataset";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";
import entities from "@/data/entities.json";
import presidencies from "@/data/presidencies.json";
import subjectAreas from "@/data/subject-areas.json";

// A server component: the default year's data is read at build time and handed to the
// client explorer in the page itself (compactly: lib/data/shippedYear.ts), so the page is
// usable with no request after load. data/ was validated by the ingest against
// lib/model/schema.ts.
export default async function Home() {
  const [meetings, participations] = await Promise.all([
    import(`@/data/meetings/${defaultYear}.json`).then((module: { default: Meeting[] }) => module.default),
    import(`@/data/participations/${defaultYear}.json`).then((module: { default: Participation[] }) => module.default),
  ]);
  const dataset = assembleDataset({
    years: [defaultYear],
    meetings: [meetings],
    participations: [participations],
    entities: entities as Entity[],
    presidencies: presidencies as PresidencyMonth[],
    subjectAreas: subjectAreas as SubjectAreaInfo[],
  });
  // The graph's layout is computed here, once, at build time: the page paints it settled.
  const graphLayout = prelayGraph(buildGraph(dataset));
  return (
    <>
      {/* A fixed script of ours (lib/data/allYearsPreload.ts); the server's CSP allows it by hash. */}
      <script dangerouslySetInnerHTML={{ __html: allYearsPreloadScript(defaultYear, availableYears) }} />
      <Explorer shipped={shipYear(dataset)} graphLayout={graphLayout} defaultYear={defaultYear} availableYears={[...availableYears]} />
    </>
  );
}
