// How the timeline groups meetings into lanes. It is data about the Council's agenda,
// kept here rather than in a component so the ingest can stamp each meeting with its
// area and every view reads the same mapping. Order = lane order, top to bottom.
// Colours follow the Okabe–Ito palette, which stays distinct under the common forms of
// colour blindness.

export interface SubjectArea {
  id: string;
  label: string;
  color: string;
  /** Matched against the meeting's topic, case-insensitively; the first area that matches wins. */
  patterns: RegExp[];
}

export const subjectAreas: readonly SubjectArea[] = [
  {
    id: "iraq",
    label: "Iraq",
    color: "#009E73",
    patterns: [/\biraq\b/i, /\bkuwait\b/i],
  },
  {
    id: "middle-east",
    label: "Middle East",
    color: "#56B4E9",
    // "The occupied Arab territories" (1976–98) are the territories Israel occupied in 1967: Middle East, not thematic.
    patterns: [/middle east/i, /palestin/i, /occupied arab territor/i, /\biranian\b/i, /\begypt/i, /\bisrael/i, /\blebanon/i, /\bsyria/i, /\bunifil\b/i, /\bundof\b/i, /\biran\b/i, /\byemen\b/i, /\bjordan\b/i, /\bsuez\b/i, /\bbahrain\b/i, /\bgolan\b/i],
  },
  {
    id: "africa",
    label: "Africa",
    color: "#E69F00",
    patterns: [
      /africa/i, /\bangola/i, /\bburundi/i, /\bcongo\b/i, /c[oô]te d.ivoire/i, /\bethiopia/i, /\beritrea/i, /\bguinea/i,
      /\bliberia/i, /\bsierra leone/i, /\bsomalia/i, /\bsudan/i, /\bwestern sahara/i, /\brwanda/i, /\buganda/i,
      /\bmozambique/i, /\bnamibia/i, /\bzimbabwe|rhodesia/i, /\bchad\b/i, /\blibya/i, /\bmali\b/i, /\bzaire/i,
      /\bgreat lakes/i, /\bcentral african/i, /\bbotswana/i, /\blesotho/i, /\bzambia/i, /\bcomoros/i, /\bseychelles/i,
      /\bbenin\b/i, /\bsenegal/i, /\btunisia/i, /\bmorocc/i, /\balgeria/i, /\bmauritania/i, /\bkenya/i, /\bmalawi/i,
      /\bdjibouti/i, /\bnigeria\b/i, /\bniger\b/i, /\bgabon/i, /\bcameroon/i, /\btogo\b/i, /\bgambia/i, /\bmadagascar/i,
      /\bportuguese territories/i, /\bsahel\b/i, /\bwest africa/i, /\bgulf of guinea/i, /\bburkina/i, /\bsouth sudan/i,
      /\bswaziland|eswatini/i, /\btanzania/i, /\bsao tome/i, /\bmauritius/i, /\bcabo verde|cape verde/i,
    ],
  },
  {
    id: "europe",
    label: "Europe",
    color: "#CC79A7",
    patterns: [
      /\bkosovo/i, /\bbosnia/i, /\bcroatia/i, /\byugoslav/i, /\bserbia/i, /\bmontenegro/i, /\bmacedonia/i,
      /\bgeorgia\b/i, /\bcyprus/i, /\balbania/i, /\bukraine/i, /\bslovenia/i, /\bhungar/i, /\bczechoslovak/i,
      /\bgreek|greece/i, /\btrieste/i, /\bberlin/i, /\bgermany\b/i, /\bspain\b/i, /\bspanish question/i, /\bmoldova/i,
      /\barmenia|azerbaijan|nagorn/i, /\bprevlaka/i, /\bcorfu/i, /\bbalkan/i,
    ],
  },
  {
    id: "asia",
    label: "Asia and the Pacific",
    color: "#0072B2",
    patterns: [
      /\bafghanistan/i, /\btimor/i, /\bbougainville/i, /\bkorea/i, /\bindia\b|india-pakistan|\bkashmir/i, /\bpakistan/i,
      /\bcambodia|kampuchea/i, /\bmyanmar|burma/i, /\bnepal/i, /\btajikistan/i, /\bviet ?nam/i, /\blao/i,
      /\bindonesia|netherlands new guinea/i, /\bchina\b|taiwan|formosa/i, /\bsri lanka/i, /\bphilippines/i,
      /\bmalaysia|singapore/i, /\bbangladesh/i, /\bjapan\b/i, /\bthailand|siam/i, /\bhyderabad/i, /\bsolomon/i,
      /\bbahrain/i, /\bfiji/i, /\bkyrgyz/i, /\bturkmenistan|uzbekistan|kazakhstan/i,
    ],
  },
  {
    id: "americas",
    label: "Americas",
    color: "#D55E00",
    patterns: [
      /\bhaiti/i, /\bguatemala/i, /\bel salvador/i, /\bnicaragua/i, /\bpanama/i, /\bhonduras/i, /\bcuba/i, /\bdominican/i,
      /\bfalkland|malvinas/i, /\bgrenada/i, /\bcolombia/i, /\bvenezuela/i, /\bcentral america/i, /\bbelize/i, /\bcosta rica/i,
      /\bguyana/i, /\bsuriname/i, /\bchile\b/i, /\bargentina/i, /\bbolivia/i, /\becuador/i, /\bperu\b/i, /\bcaribbean/i,
    ],
  },
  {
    id: "thematic",
    label: "Thematic and institutional",
    color: "#7A7A7A",
    patterns: [/./],
  },
];

const fallbackArea = subjectAreas[subjectAreas.length - 1]!;

/** The subject area of a meeting, from its topics: the first area any topic matches. */
export function subjectAreaFor(topics: readonly string[]): SubjectArea {
  for (const area of subjectAreas) {
    if (area === fallbackArea) break;
    if (topics.some((topic) => area.patterns.some((pattern) => pattern.test(topic)))) return area;
  }
  return fallbackArea;
}

export function subjectAreaById(id: string): SubjectArea {
  return subjectAreas.find((area) => area.id === id) ?? fallbackArea;
}
