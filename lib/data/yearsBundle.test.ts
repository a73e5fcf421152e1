import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { meetingOf, participation, spoiled } from "./bundledRecords.testing";
import { meetingsOfYear, participationsFile } from "./dataFileShapes";
import { checkShape } from "./shapeChecks";
import { bundleYears, yearsInBundle, type YearFiles, type YearsBundle } from "./yearsBundle";

/** The bundle as the browser gets it: written, sent as JSON text, parsed. */
const sent = (years: readonly YearFiles[]) => JSON.parse(JSON.stringify(bundleYears(years))) as YearsBundle;
/** Records as data/'s files hold them once parsed (JSON keeps no undefined, no -0). */
const parsed = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The value as text that tells apart all a decoder could get wrong: key order, a key set
 * to undefined or absent, -0, an object that is not a plain one. (toStrictEqual does the
 * middle two, but takes an own "constructor" key, which these records may have, for a type.)
 */
const exactly = (value: unknown) =>
  JSON.stringify(value, function (key, item: unknown) {
    if (item === undefined) return { "(undefined)": key };
    if (Object.is(item, -0)) return { "(-0)": key };
    if (typeof item === "object" && item !== null && !Array.isArray(item) && Object.getPrototypeOf(item) !== Object.prototype) return { "(not a plain object)": key };
    return item;
  });

function readable(value: unknown) {
  const result = yearsInBundle(value);
  if ("refused" in result) throw new Error(`refused: ${result.refused}`);
  return result;
}

/** Every year comes back as it went in: strictly equal (an absent key is not an undefined one), and in the same key order. */
function expectSameYears(value: unknown, years: readonly YearFiles[]) {
  const { years: read, faults } = readable(value);
  expect(faults).toEqual([]);
  expect([...read.keys()]).toEqual(years.map(({ year }) => year));
  for (const files of years) {
    const { meetings, participations } = read.get(files.year)!;
    expect(exactly(meetings)).toBe(exactly(parsed(files.meetings)));
    expect(exactly(participations)).toBe(exactly(parsed(files.participations)));
  }
}

const sampleYear: YearFiles = { year: 2003, meetings: sampleDataset.meetings, participations: sampleDataset.participations };
// 1990 holds the sample's 4740 moved there (S/PV.2932 of 2 August 1990 was also on Iraq-Kuwait).
const year1990: YearFiles = { year: 1990, meetings: [{ ...sampleDataset.meetings[2]!, id: "2932", number: 2932, date: "1990-08-02" }], participations: [] };

const yearArbitrary = (year: number, meetings: fc.Arbitrary<Record<string, unknown>>, participations: fc.Arbitrary<Record<string, unknown>>) =>
  fc.record({ year: fc.constant(year), meetings: fc.array(meetings, { maxLength: 4 }), participations: fc.array(participations, { maxLength: 4 }) });

describe("the years bundle", () => {
  it("gives back the sample year's records, key for key", () => {
    expectSameYears(sent([sampleYear, year1990]), [sampleYear, year1990]);
  });

  it("gives back any records of data/'s contract: optional fields present or absent, fields it does not know, keys in any order", () => {
    const years = fc.tuple(yearArbitrary(1946, meetingOf(1946), participation), yearArbitrary(2020, meetingOf(2020), participation));
    fc.assert(fc.property(years, (files) => expectSameYears(sent(files), files)), { numRuns: 300 });
  });

  it("keeps a field it does not know verbatim, and stores no id or label that data/'s rules rebuild", () => {
    const meeting = { ...sampleDataset.meetings[0]!, futureField: { nested: [1, "a", null] }, sources: [{ ...sampleDataset.meetings[0]!.sources[0]!, url: "https://example.org" }] };
    // An own "__proto__" key, as JSON.parse makes of one in a file (a literal's would set the prototype).
    const edge = Object.fromEntries([...Object.entries({ ...sampleDataset.participations[0]!, id: "not the rule's" }), ["__proto__", "an own key"]]);
    const files: YearFiles = { year: 2003, meetings: [meeting], participations: [edge] };
    const bundle = sent([files]);
    expect(bundle.shapes.meeting![0]).toEqual(expect.arrayContaining(["=id", "=topic", "!futureField"]));
    expect(bundle.shapes["meeting.sources[]"]![0]).toContain("!url");
    expect(bundle.shapes.participation![0]).toContain(".id");
    expect(bundle.years[0]!.columns["meeting.id"]).toBeUndefined();
    expect(bundle.years[0]!.columns["meeting.topic"]).toBeUndefined();
    expectSameYears(bundle, [files]);
    const read = readable(bundle).years.get(2003)!;
    expect(Object.getPrototypeOf(read.participations[0])).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(read.participations[0])).toContain("__proto__");
  });

  it("gives a year exactly when its own files would pass the browser's shape check, and then as they are", () => {
    const years = fc.tuple(yearArbitrary(1990, fc.oneof(meetingOf(1990), spoiled(meetingOf(1990)), meetingOf(1991)), fc.oneof(participation, spoiled(participation))));
    fc.assert(
      fc.property(years, ([files]) => {
        const wellShaped = checkShape(meetingsOfYear(1990), parsed(files.meetings)) === null && checkShape(participationsFile, parsed(files.participations)) === null;
        const { years: read, faults } = readable(sent([files]));
        expect(read.has(1990)).toBe(wellShaped);
        if (wellShaped) {
          expect(exactly(read.get(1990)!.meetings)).toBe(exactly(parsed(files.meetings)));
          expect(exactly(read.get(1990)!.participations)).toBe(exactly(parsed(files.participations)));
        } else {
          expect(faults).toEqual([{ year: 1990, message: expect.stringMatching(/^(meetings|participations)\[\d+\]/) }]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("a bundle that cannot be read", () => {
  const good = () => sent([sampleYear, year1990]);
  const columnsOf = (bundle: YearsBundle, year: number) => bundle.years.find((entry) => entry.year === year)!.columns;

  it("is refused whole, with the reason, when it is no bundle of this version or its shared tables are wrong", () => {
    const cases: Array<[string, (bundle: YearsBundle) => unknown, RegExp]> = [
      ["not an object", () => "all-years", /not a years bundle/],
      ["null", () => null, /not a years bundle/],
      ["another format", (bundle) => ({ ...bundle, format: "something-else" }), /not a years bundle \(format "something-else"\)/],
      ["version 1", (bundle) => ({ ...bundle, version: 1 }), /version 1, not 2/],
      ["a version in words", (bundle) => ({ ...bundle, version: "2" }), /version "2", not 2/],
      ["no strings", (bundle) => ({ ...bundle, strings: undefined }), /strings: expected an array, got undefined/],
      ["a string that is not", (bundle) => ({ ...bundle, strings: [...bundle.strings, 7] }), /strings\[\d+\]: expected a string, got 7/],
      ["shapes not an object", (bundle) => ({ ...bundle, shapes: [] }), /shapes: expected an object/],
      ["a shape entry without its mark", (bundle) => ({ ...bundle, shapes: { ...bundle.shapes, meeting: [["kind"]] } }), /shapes of meeting\[0\]: expected entries like/],
      ["a column for a field no codec knows", (bundle) => ({ ...bundle, shapes: { ...bundle.shapes, meeting: [[".colour"]] } }), /no column for a field colour/],
      ["a field derived that has no rule", (bundle) => ({ ...bundle, shapes: { ...bundle.shapes, participation: [["=role"]] } }), /role cannot be derived/],
      ["a key twice", (bundle) => ({ ...bundle, shapes: { ...bundle.shapes, meeting: [[".kind", "!kind"]] } }), /kind twice/],
      ["years not a list", (bundle) => ({ ...bundle, years: {} }), /years: expected an array/],
      ["a year without columns", (bundle) => ({ ...bundle, years: [{ year: 1990, meetings: 0, participations: 0 }] }), /years\[0\]: expected \{year, meetings, participations, columns\}/],
      ["a count that is no count", (bundle) => ({ ...bundle, years: [{ ...bundle.years[0]!, meetings: -1 }] }), /years\[0\]: expected/],
      ["a year twice", (bundle) => ({ ...bundle, years: [bundle.years[0]!, bundle.years[0]!] }), /years\[1\]: 2003 twice/],
    ];
    for (const [name, spoil, reason] of cases) {
      const result = yearsInBundle(spoil(good()));
      expect(result, name).toEqual({ refused: expect.stringMatching(reason) });
    }
  });

  it("refuses the year alone, naming the column and the value, when one of its columns is wrong", () => {
    const cases: Array<[string, (bundle: YearsBundle) => void, RegExp]> = [
      ["an index past the string table", (bundle) => (columnsOf(bundle, 2003)["meeting.kind"]![0] = bundle.strings.length), /column meeting\.kind\[0\]: expected an index below \d+, got \d+/],
      ["an index that is a string", (bundle) => (columnsOf(bundle, 2003)["meeting.subjectArea"]![1] = "3"), /column meeting\.subjectArea\[1\]: expected an index below \d+, got "3"/],
      ["a word outside the vocabulary", (bundle) => (columnsOf(bundle, 2003)["participation.role"]![0] = bundle.strings.indexOf("stated")), /column participation\.role\[0\]: expected one of president, .*got "stated"/],
      ["a date that is no day", (bundle) => (columnsOf(bundle, 2003)["meeting.date"]![0] = bundle.strings.indexOf("meeting")), /column meeting\.date\[0\]: expected a real calendar date/],
      ["a date of another year", (bundle) => (columnsOf(bundle, 2003)["meeting.date"]![0] = bundle.strings.indexOf("1990-08-02")), /meetings\[0\]\.date: 1990-08-02 is not in 2003/],
      ["a column cut short", (bundle) => columnsOf(bundle, 2003)["meeting.sources[].line"]!.pop(), /column meeting\.sources\[\]\.line ends after/],
      ["a column with a value too many", (bundle) => columnsOf(bundle, 2003)["meeting.sources[].row"]!.push(1), /column meeting\.sources\[\]\.row has \d+ values, its records use \d+/],
      ["a column no field has", (bundle) => (columnsOf(bundle, 2003)["meeting.colour"] = [1]), /column meeting\.colour belongs to no field/],
      ["a column that is not a list", (bundle) => (columnsOf(bundle, 2003)["meeting.closed"] = 0 as never), /column meeting\.closed: expected an array, got 0/],
      ["a flag that is neither", (bundle) => (columnsOf(bundle, 2003)["meeting.closed"]![0] = 2), /column meeting\.closed\[0\]: expected 0 or 1, got 2/],
      ["a number that is not whole", (bundle) => (columnsOf(bundle, 2003)["meeting.number"]![0] = 4694.5), /column meeting\.number\[0\]: expected a whole number, got 4694\.5/],
      ["a length past its items", (bundle) => (columnsOf(bundle, 2003)["meeting.topics#length"]![0] = 1e9), /column meeting\.topics\[\] ends after/],
      ["a negative length", (bundle) => (columnsOf(bundle, 2003)["meeting.outcomes#length"]![0] = -1), /column meeting\.outcomes#length\[0\]: expected a length, got -1/],
      ["a shape past the shape table", (bundle) => (columnsOf(bundle, 2003)["meeting#shape"]![0] = 99), /column meeting#shape\[0\]: expected an index below \d+, got 99/],
      ["more records than the columns hold", (bundle) => (bundle.years.find((entry) => entry.year === 2003)!.participations += 1), /column participation#shape ends after/],
      ["an id to derive from a number that is not there", (bundle) => {
        const shapes = bundle.shapes.meeting!;
        const numbered = columnsOf(bundle, 2003)["meeting#shape"]![0] as number;
        // The same shape without its number: the id has nothing to be derived from.
        columnsOf(bundle, 2003)["meeting#shape"]![0] = shapes.push(shapes[numbered]!.filter((entry) => entry !== ".number")) - 1;
        columnsOf(bundle, 2003)["meeting.number"]!.shift();
      }, /id cannot be derived from its record/],
    ];
    for (const [name, spoil, message] of cases) {
      const bundle = good();
      spoil(bundle);
      const { years, faults } = readable(bundle);
      expect(faults, name).toEqual([{ year: 2003, message: expect.stringMatching(message) }]);
      expect([...years.keys()], name).toEqual([1990]);
      expect(exactly(years.get(1990)!.meetings), name).toBe(exactly(parsed(year1990.meetings)));
    }
  });

  it("never throws, and gives only years that pass the shape check, whatever value is put anywhere in it", () => {
    const bundle = good();
    /** Every place in the bundle a value sits, as a path of keys. */
    const places: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>) => {
      places.push(path);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(bundle, []);
    const stray = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.integer({ min: -2, max: bundle.strings.length + 2 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.nat(places.length - 1), stray, (at, value) => {
        const spoilt = structuredClone(bundle) as unknown as Record<string | number, unknown>;
        const path = places[at]!;
        if (path.length === 0) {
          expect(() => yearsInBundle(value)).not.toThrow();
          return;
        }
        const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((object, key) => object[key] as Record<string | number, unknown>, spoilt);
        if (value === undefined) delete parent[path.at(-1)!];
        else parent[path.at(-1)!] = value;
        const result = yearsInBundle(spoilt);
        if ("refused" in result) {
          expect(result.refused).toEqual(expect.any(String));
          return;
        }
        for (const [year, { meetings, participations }] of result.years) {
          expect(checkShape(meetingsOfYear(year), meetings)).toBeNull();
          expect(checkShape(participationsFile, participations)).toBeNull();
        }
      }),
      { numRuns: 2000 },
    );
  });
});
