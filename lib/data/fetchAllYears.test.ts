import { afterEach, describe, expect, it, vi } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import type { Meeting } from "@/lib/model/schema";
import { DataLoadError, fetchAllYears, partsFromDataset } from "./fetchAllYears";
import { bundleYears } from "./yearsBundle";

// A data/ folder of three years served from memory: 2003 is the sample, 1990 and 2022 are
// the sample's 4740 moved to those years (S/PV.2932 of 2 August 1990 was also on Iraq-Kuwait).
const moved = (year: number, number: number): Meeting => ({ ...sampleDataset.meetings[2]!, id: String(number), number, date: `${year}-08-02` });
const files: Record<string, unknown> = {
  "/data/entities.json": sampleDataset.entities,
  "/data/presidencies.json": sampleDataset.presidencies,
  "/data/subject-areas.json": sampleDataset.subjectAreas,
  "/data/meetings/1990.json": [moved(1990, 2932)],
  "/data/participations/1990.json": [],
  "/data/meetings/2003.json": sampleDataset.meetings,
  "/data/participations/2003.json": sampleDataset.participations,
  "/data/meetings/2022.json": [moved(2022, 9100)],
  "/data/participations/2022.json": [],
};

/** Serves `files`, with `overrides` in place of some (a status number, or a body as text). */
function serve(overrides: Record<string, number | string> = {}) {
  const requested: string[] = [];
  const fetchStub = vi.fn(async (url: string) => {
    requested.push(url);
    const override = overrides[url];
    if (typeof override === "number") return new Response("missing", { status: override });
    if (typeof override === "string") return new Response(override, { status: 200 });
    if (!(url in files)) return new Response("missing", { status: 404 });
    return new Response(JSON.stringify(files[url]), { status: 200 });
  });
  vi.stubGlobal("fetch", fetchStub);
  return requested;
}

const years = [1990, 2003, 2022];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("loading every year", () => {
  it("assembles every year, fetching none the page already holds", async () => {
    const requested = serve();
    const progress: string[] = [];
    const result = await fetchAllYears({ years, previous: partsFromDataset(sampleDataset), onProgress: (settled, total) => progress.push(`${settled}/${total}`) });
    expect(result.failures).toEqual([]);
    expect(result.dataset.years).toEqual(years);
    expect(result.dataset.meetings.map((meeting) => meeting.id)).toEqual(["2932", "4694", "4739", "4740", "4842", "9100"]);
    expect(requested.filter((url) => url.includes("2003"))).toEqual([]);
    expect(progress).toEqual(["0/2", "1/2", "2/2"]);
  });

  it("loads the other years when one year's file is missing, names it, and reaches the end of its progress", async () => {
    serve({ "/data/meetings/1990.json": 404 });
    const progress: string[] = [];
    const result = await fetchAllYears({ years, onProgress: (settled, total) => progress.push(`${settled}/${total}`) });
    expect(result.dataset.years).toEqual([2003, 2022]);
    expect(result.failures).toEqual([{ year: 1990, message: "/data/meetings/1990.json: HTTP 404" }]);
    expect(progress.at(-1)).toBe("3/3");
  });

  it("refuses a year file of the wrong shape by name, with the field at fault", async () => {
    const cases: Array<[string, string, string]> = [
      ["/data/meetings/1990.json", "{}", "/data/meetings/1990.json: the file: expected an array, got an object"],
      ["/data/meetings/1990.json", "[1,2", "/data/meetings/1990.json: not valid JSON"],
      ["/data/meetings/1990.json", JSON.stringify([{ ...moved(1990, 2932), date: "1990-02-30" }]), '/data/meetings/1990.json: [0].date: expected a real calendar date (YYYY-MM-DD), got "1990-02-30"'],
      ["/data/meetings/1990.json", JSON.stringify([{ ...moved(1990, 2932), outcomes: 7 }]), "/data/meetings/1990.json: [0].outcomes: expected an array, got 7"],
      ["/data/meetings/1990.json", JSON.stringify([moved(1991, 2932)]), "/data/meetings/1990.json: [0].date: 1991-08-02 is not in 1990"],
      ["/data/participations/1990.json", JSON.stringify([{ id: "x", meetingId: "2932", entityId: "state:IRQ", role: "oracle", evidence: { source: "inferred" }, certainty: "stated" }]), "/data/participations/1990.json: [0].role: expected one of"],
    ];
    for (const [file, body, message] of cases) {
      serve({ [file]: body });
      const result = await fetchAllYears({ years });
      expect(result.dataset.years, file).toEqual([2003, 2022]);
      expect(result.failures).toHaveLength(1);
      expect(result.failures[0]!.message).toContain(message);
    }
  });

  it("fetches only the failed year when asked again", async () => {
    serve({ "/data/meetings/1990.json": 500 });
    const first = await fetchAllYears({ years });
    const requested = serve();
    const second = await fetchAllYears({ years, previous: first.parts });
    expect(second.failures).toEqual([]);
    expect(second.dataset.years).toEqual(years);
    expect(requested).toEqual(["/data/meetings/1990.json", "/data/participations/1990.json"]);
  });

  it("fails as a whole, naming the file, when a file every year needs is missing or wrong", async () => {
    serve({ "/data/entities.json": 404 });
    await expect(fetchAllYears({ years })).rejects.toThrow(new DataLoadError("/data/entities.json", "HTTP 404"));
    serve({ "/data/presidencies.json": JSON.stringify([{ month: "2003-13", entityId: "state:FRA" }]) });
    await expect(fetchAllYears({ years })).rejects.toThrow('/data/presidencies.json: [0].month: expected a month (YYYY-MM), got "2003-13"');
  });

  it("stops when aborted, reporting nothing as a failure", async () => {
    serve();
    const abort = new AbortController();
    const loading = fetchAllYears({ years, signal: abort.signal, previous: { shared: { entities: [], presidencies: [], subjectAreas: [] }, byYear: new Map() } });
    abort.abort();
    await expect(loading).rejects.toThrow();
  });
});

describe("loading every year from the one-file bundle", () => {
  const bundle = (entries: Array<{ year: number; meetings: unknown[]; participations: unknown[] }>) => JSON.stringify(bundleYears(entries));
  const year1990 = { year: 1990, meetings: files["/data/meetings/1990.json"] as Meeting[], participations: [] };
  const year2022 = { year: 2022, meetings: files["/data/meetings/2022.json"] as Meeting[], participations: [] };

  it("takes the missing years from the bundle in one request", async () => {
    const requested = serve({ "/data/all-years.json": bundle([year1990, year2022]) });
    const progress: string[] = [];
    const result = await fetchAllYears({ years, previous: partsFromDataset(sampleDataset), onProgress: (settled, total) => progress.push(`${settled}/${total}`) });
    expect(result.failures).toEqual([]);
    expect(result.dataset.meetings.map((meeting) => meeting.id)).toEqual(["2932", "4694", "4739", "4740", "4842", "9100"]);
    expect(requested.filter((url) => url.includes("/meetings/") || url.includes("/participations/"))).toEqual([]);
    expect(progress).toEqual(["0/2", "2/2"]);
  });

  it("fetches a year on its own when the bundle lacks it or holds it in the wrong shape", async () => {
    const requested = serve({ "/data/all-years.json": bundle([{ ...year1990, meetings: [{ ...moved(1990, 2932), date: "1990-02-30" }] }]) });
    const result = await fetchAllYears({ years, previous: partsFromDataset(sampleDataset) });
    expect(result.failures).toEqual([]);
    expect(result.dataset.years).toEqual(years);
    expect(requested.filter((url) => url.includes("/meetings/")).sort()).toEqual(["/data/meetings/1990.json", "/data/meetings/2022.json"]);
  });

  it("takes a year the bundle cannot read from its own files, and the others from the bundle", async () => {
    const spoilt = bundleYears([year1990, year2022]);
    // 1990's first meeting names a kind past the end of the string table.
    spoilt.years.find(({ year }) => year === 1990)!.columns["meeting.kind"]![0] = spoilt.strings.length;
    const requested = serve({ "/data/all-years.json": JSON.stringify(spoilt) });
    const result = await fetchAllYears({ years, previous: partsFromDataset(sampleDataset) });
    expect(result.failures).toEqual([]);
    expect(result.dataset.meetings.map((meeting) => meeting.id)).toEqual(["2932", "4694", "4739", "4740", "4842", "9100"]);
    expect(requested.filter((url) => url.includes("/meetings/") || url.includes("/participations/")).sort()).toEqual(["/data/meetings/1990.json", "/data/participations/1990.json"]);
  });

  it("falls back to the years' own files when the bundle is not a bundle", async () => {
    const cutShort = bundle([year1990, year2022]).slice(0, 300);
    for (const body of ["[1,2", "{}", cutShort, JSON.stringify({ format: "council-explorer/years-bundle", version: 1, years: [] }), JSON.stringify({ ...bundleYears([year1990, year2022]), strings: 7 }), 500]) {
      serve({ "/data/all-years.json": body });
      const result = await fetchAllYears({ years });
      expect(result.failures, String(body)).toEqual([]);
      expect(result.dataset.years).toEqual(years);
    }
  });
});
