import { storyFormat, storyVersion, type Story } from "./storySchema";

// The stories the app ships with. Each caption says only what data/ shows, and cites it:
// meeting numbers, resolution symbols, the Repertoire's item and footnote.
// builtInStories.test.ts checks every id, symbol, item and footnote against data/.

const author = "Council Explorer: the UN library's table of 2003 meetings and the Repertoire of the Practice of the Security Council, 2003, items 51–52";
const story = (id: string, title: string, steps: Story["steps"]): Story => ({ format: storyFormat, version: storyVersion, id, title, author, steps });

/** Every lane but Iraq's hidden: the Iraq story reads one lane. */
const onlyIraq = "areas=middle-east,africa,europe,asia,americas,thematic";
const on4739 = "from=2003-04-11&to=2003-04-11";

export const builtInStories: readonly Story[] = [
  story("iraq-2003", "The Iraq question, January to May 2003", [
    {
      view: `from=2003-01-01&to=2003-05-31&${onlyIraq}`,
      caption:
        "January to May 2003: the UN library's table lists 18 meeting records in the Iraq lane, 4 of them resumptions (of 4709, 4717, 4726 and 4762) and 2 closed (4708 and 4733). For these meetings this record names no speakers: the graph shows each month's presidency and the states named in the topic, both inferred by the app (dashed lines).",
    },
    {
      view: `m=4701,4707,4708,4709,4709-R1&from=2003-02-01&to=2003-02-28&${onlyIraq}`,
      caption: "February, Germany presiding: meeting 4701 on 5 February, 4707 and the closed 4708 on 14 February (a communiqué, S/PV.4708), and 4709 on 18 February, resumed the next day.",
    },
    {
      view: `m=4714,4717,4717-R1,4721,4726,4726-R1,4732&from=2003-03-01&to=2003-03-31&${onlyIraq}`,
      caption: "March, Guinea presiding: seven meeting records, from 4714 on 7 March to 4732 on 28 March, at which the Council adopted resolution S/RES/1472 (2003) by 15 votes to none.",
    },
    {
      view: `m=4733,4743&from=2003-04-01&to=2003-04-30&${onlyIraq}`,
      caption:
        "April, Mexico presiding: a closed meeting with the countries contributing troops to the UN Iraq-Kuwait Observation Mission (4733 on 2 April, communiqué S/PV.4733), then resolution S/RES/1476 (2003), adopted by 15 votes to none at the 4743rd meeting on 24 April.",
    },
    {
      view: `m=4761,4762,4762-R1&from=2003-05-01&to=2003-05-31&${onlyIraq}`,
      caption:
        "22 May, Pakistan presiding: at the 4761st meeting, on ending the trade and financial sanctions, the Council adopted resolution S/RES/1483 (2003) by 14 votes to none; the table records the Syrian Arab Republic as not taking part in the vote. Meeting 4762 and its resumption followed the same day.",
    },
  ]),
  story("regional-organizations-4739", "The Council meets the regional organizations: the 4739th meeting", [
    {
      view: "m=4739&from=2003-04-01&to=2003-04-30",
      caption:
        "11 April 2003, the 4739th meeting, Mexico presiding: “The Security Council and regional organizations: facing the new challenges to international peace and security” (Repertoire 2003, item 52). Most Council members spoke; footnote 2 records that Mexico made no statement.",
    },
    {
      view: `e=org:AU,org:OAS,org:LAS,org:OSCE,org:ECOWAS&${on4739}`,
      caption:
        "Five regional organizations were invited and spoke: the African Union, the Organization of American States, the League of Arab States, the OSCE and ECOWAS (item 52). For each of them, 4739 is the only meeting of 2003 in this record.",
    },
    {
      view: `e=org:EU,state:GRC,state:BGR,state:CYP,state:CZE,state:EST,state:HUN,state:LVA,state:LTU,state:MLT,state:POL,state:ROU,state:SVK,state:SVN&${on4739}&gv=295,-100,185`,
      caption:
        "Greece spoke on behalf of the European Union. Twelve states aligned themselves with that statement: Bulgaria, Cyprus, the Czech Republic, Estonia, Hungary, Latvia, Lithuania, Malta, Poland, Romania, Slovakia and Slovenia (item 52, footnote 3). Bulgaria also sat on the Council.",
    },
    {
      view: `e=person:luis-ernesto-derbez,person:eu-representative-4739,person:au-representative-4739,person:jan-kavan,group:parliamentarians-from-mexico&${on4739}`,
      caption:
        "Who represented whom (item 52, footnote 4): Mexico, its Minister for Foreign Affairs (Luis Ernesto Derbez, in the reference data); the European Union, Greece's Deputy Minister for Foreign Relations; the African Union, South Africa's Minister for Provincial and Local Government. Present without speaking: parliamentarians from Mexico and the President of the General Assembly, Jan Kavan.",
    },
  ]),
  story("kimberley-2003", "The Kimberley Process resolution, 28 January 2003", [
    {
      view: "m=4694&from=2003-01-01&to=2003-01-31",
      caption:
        "28 January 2003, the 4694th meeting: the Council adopted resolution S/RES/1459 (2003) on the Kimberley Process Certification Scheme by 15 votes to none (Repertoire 2003, item 51).",
    },
    {
      view: "e=state:FRA&from=2003-01-01&to=2003-01-31",
      caption:
        "France held the presidency in January 2003, so all 17 meeting records of the month link to it. Only for the 4694th does a source, the Repertoire (item 51), name France as President; the other links are inferred from the month (dashed).",
    },
    {
      view: "m=4694&areas=iraq,middle-east,africa,europe,asia,americas",
      caption:
        "Across the year, the 4694th meeting is the only one in the UN library's 2003 table on the Kimberley Process: one meeting, one resolution, S/RES/1459 (2003), in the lane of thematic and institutional items.",
    },
  ]),
];

export function findBuiltInStory(id: string): Story | undefined {
  return builtInStories.find((story) => story.id === id);
}
