import { Explorer } from "@/components/explorer/Explorer";
import { assembleDataset } from "@/lib/data/assembleDataset";
import type { PresidencyMonth, SubjectAreaInfo } from "@/lib/model/dataset";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";
import dataIndex from "@/data/index.json";
import entities from "@/data/entities.json";
import meetings2003 from "@/data/meetings/2003.json";
import participations2003 from "@/data/participations/2003.json";
import presidencies from "@/data/presidencies.json";
import subjectAreas from "@/data/subject-areas.json";

// A server component: the 2003 data is read at build time and handed to the client
// explorer as plain objects, so the page is usable with no request after load.
// data/ was validated by the ingest against lib/model/schema.ts.
const dataset = assembleDataset({
  years: [2003],
  meetings: [meetings2003 as Meeting[]],
  participations: [participations2003 as Participation[]],
  entities: entities as Entity[],
  presidencies: presidencies as PresidencyMonth[],
  subjectAreas: subjectAreas as SubjectAreaInfo[],
});

export default function Home() {
  const availableYears = dataIndex.years.map((entry) => entry.year);
  return <Explorer dataset={dataset} title="The Security Council in 2003" availableYears={availableYears} />;
}
