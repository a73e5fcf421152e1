import { describe, expect, it } from "vitest";
import { resolver2003 } from "./fixtures/resolver2003";
import { namedRule, subjectRules } from "./subjectRules";
import { compileSubjectPatterns, readTopic } from "./subjects";

const patterns = compileSubjectPatterns(resolver2003);
const read = (topic: string, date: string) => {
  const reading = readTopic(topic, date, resolver2003, patterns);
  return { subjects: reading.subjects.map((match) => `${match.entityId} ${match.rule}`), raisedBy: reading.raisedBy.map((match) => `${match.entityId} ${match.rule}`) };
};

/** One example per rule of the table, real topics of the UN tables on their dates. */
const examples: Record<string, { topic: string; date: string; subjects: string[]; raisedBy?: string[] }> = {
  "tribunal-yugoslavia": { topic: "International Tribunal \u2014 Rwanda & Yugoslavia", date: "2003-08-28", subjects: ["state:RWA named"] },
  "letter-from": {
    topic: "Letter, 13 August 1957, from Egypt, Iraq, Jordan, Lebanon, Saudi Arabia concerning Oman",
    date: "1957-08-20",
    subjects: ["state:OMN named"],
    raisedBy: ["state:EGY letter-from", "state:IRQ letter-from", "state:JOR letter-from", "state:LBN letter-from", "state:SAU letter-from"],
  },
  "communication-from": { topic: "The Greek question: Ukrainian SSR communication dated 24 August 1946", date: "1946-09-04", subjects: ["state:GRC adjectival-greek"], raisedBy: ["state:UKR communication-from"] },
  unikom: { topic: "Meeting with countries contributing troops to the UN Iraq-Kuwait Observation Mission", date: "2003-03-20", subjects: ["state:IRQ unikom", "state:KWT unikom"] },
  "iraq-kuwait-label": { topic: "Iraq-Kuwait", date: "2003-04-14", subjects: ["state:IRQ iraq-kuwait-label"] },
  undof: { topic: "Middle East \u2014 UNDOF", date: "2003-06-26", subjects: ["state:ISR undof", "state:SYR undof"] },
  unifil: { topic: "Middle East \u2014 UNIFIL", date: "2003-07-30", subjects: ["state:LBN unifil"] },
  "western-sahara": { topic: "Western Sahara", date: "2003-07-31", subjects: ["territory:western-sahara western-sahara"] },
  "palestinian-question": { topic: "Middle East situation, including the Palestinian question", date: "2003-09-16", subjects: ["state:PSE palestinian-question"] },
  "palestine-before-1988": { topic: "The Palestine question", date: "1948-05-22", subjects: [] },
  "northern-ireland": { topic: "Situation in Northern Ireland", date: "1969-08-20", subjects: ["state:GBR northern-ireland"] },
  "guinea-bissau-unhyphenated": { topic: "The situation in Guinea Bissau", date: "2003-06-19", subjects: ["state:GNB guinea-bissau-unhyphenated"] },
  "adjectival-indonesian": { topic: "The Indonesian question", date: "1947-08-01", subjects: ["state:IDN adjectival-indonesian"] },
  "adjectival-greek": { topic: "The Greek question", date: "1947-06-27", subjects: ["state:GRC adjectival-greek"] },
  "adjectival-egyptian": { topic: "The Egyptian question", date: "1947-08-28", subjects: ["state:EGY adjectival-egyptian"] },
  "adjectival-iranian": { topic: "The Iranian question", date: "1946-03-26", subjects: ["state:IRN adjectival-iranian"] },
  "adjectival-spanish": { topic: "The Spanish question", date: "1946-06-26", subjects: ["state:ESP adjectival-spanish"] },
  "adjectival-czechoslovak": { topic: "The Czechoslovak question", date: "1948-05-24", subjects: ["state:CSK adjectival-czechoslovak"] },
  "adjectival-tunisian": { topic: "The Tunisian question", date: "1952-04-14", subjects: ["state:TUN adjectival-tunisian"] },
  "adjectival-guatemalan": { topic: "The Guatemalan question", date: "1954-06-20", subjects: ["state:GTM adjectival-guatemalan"] },
  "adjectival-syrian-and-lebanese": { topic: "The Syrian and Lebanese question", date: "1946-02-16", subjects: ["state:SYR adjectival-syrian-and-lebanese", "state:LBN adjectival-syrian-and-lebanese"] },
  "adjectival-thailand": { topic: "The Thailand question", date: "1954-06-16", subjects: ["state:THA adjectival-thailand"] },
};

describe("subject rules", () => {
  it("has an example for every rule of the table", () => {
    expect(Object.keys(examples).sort()).toEqual(subjectRules.map((rule) => rule.id).sort());
  });

  it.each(subjectRules.map((rule) => [rule.id, rule] as const))("applies %s", (id) => {
    const example = examples[id]!;
    const reading = read(example.topic, example.date);
    expect(reading.subjects.sort()).toEqual([...example.subjects].sort());
    expect(reading.raisedBy.sort()).toEqual([...(example.raisedBy ?? [])].sort());
  });

  it(`falls back to "${namedRule.id}": a name resolved as it was on the date`, () => {
    expect(read("Situation in the Republic of the Congo", "1960-07-13").subjects).toEqual(["state:COD named"]);
    expect(read("Republic of the Congo", "1997-06-20").subjects).toEqual(["state:COG named"]);
    expect(read("Situation in the Democratic Republic of Congo", "1964-12-09").subjects).toEqual(["state:COD named"]);
    expect(read("The situation in Namibia", "1976-01-30").subjects).toEqual(["territory:south-west-africa named"]);
  });

  it("gives no subject for a name of a state that did not exist on the date", () => {
    expect(read("Situation in Viet Nam", "1966-02-02").subjects).toEqual([]);
    expect(read("The situation in the occupied Arab territories", "1980-03-01").subjects).toEqual([]);
  });
});
