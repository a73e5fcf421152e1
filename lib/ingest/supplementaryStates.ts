// States that the 2003 reference file does not list but that meeting topics of
// 1946–2022 name: UN Member States outside the reference's scope, and states that no
// longer exist. Names and ISO 3166 codes are facts (ISO 3166-1, and ISO 3166-3 for
// former states); `from`/`until` bound the dates a name may mean this state, so
// "Yugoslavia" in 1960 is the SFRY while in January 2003 it is Serbia and Montenegro.

export interface SupplementaryState {
  iso3: string;
  name: string;
  aliases: string[];
  /** First and last ISO date on which the names mean this state (inclusive). */
  from?: string;
  until?: string;
}

export const supplementaryStates: readonly SupplementaryState[] = [
  { iso3: "AFG", name: "Afghanistan", aliases: [] },
  { iso3: "AUS", name: "Australia", aliases: [] },
  { iso3: "BGD", name: "Bangladesh", aliases: [] },
  { iso3: "BTN", name: "Bhutan", aliases: [] },
  { iso3: "BRN", name: "Brunei Darussalam", aliases: ["Brunei"] },
  { iso3: "KHM", name: "Cambodia", aliases: ["Kampuchea", "Democratic Kampuchea", "Khmer Republic"] },
  { iso3: "FJI", name: "Fiji", aliases: [] },
  { iso3: "IND", name: "India", aliases: [] },
  { iso3: "IDN", name: "Indonesia", aliases: [] },
  { iso3: "IRN", name: "Iran (Islamic Republic of)", aliases: ["Iran", "Islamic Republic of Iran"] },
  { iso3: "ISR", name: "Israel", aliases: [] },
  { iso3: "JPN", name: "Japan", aliases: [] },
  { iso3: "PRK", name: "Democratic People's Republic of Korea", aliases: ["North Korea"] },
  { iso3: "KOR", name: "Republic of Korea", aliases: ["South Korea"] },
  { iso3: "LAO", name: "Lao People's Democratic Republic", aliases: ["Laos"] },
  { iso3: "MYS", name: "Malaysia", aliases: [] },
  { iso3: "MDV", name: "Maldives", aliases: [] },
  { iso3: "MNG", name: "Mongolia", aliases: [] },
  { iso3: "MMR", name: "Myanmar", aliases: ["Burma"] },
  { iso3: "NPL", name: "Nepal", aliases: [] },
  { iso3: "NZL", name: "New Zealand", aliases: [] },
  { iso3: "PNG", name: "Papua New Guinea", aliases: [] },
  { iso3: "PHL", name: "Philippines", aliases: ["the Philippines"] },
  { iso3: "SGP", name: "Singapore", aliases: [] },
  { iso3: "SLB", name: "Solomon Islands", aliases: [] },
  { iso3: "LKA", name: "Sri Lanka", aliases: ["Ceylon"] },
  { iso3: "THA", name: "Thailand", aliases: ["Siam"] },
  { iso3: "TLS", name: "Timor-Leste", aliases: ["East Timor"] },
  { iso3: "VNM", name: "Viet Nam", aliases: ["Vietnam"] },
  { iso3: "SSD", name: "South Sudan", aliases: [], from: "2011-07-09" },
  { iso3: "SRB", name: "Serbia", aliases: [], from: "2006-06-03" },
  { iso3: "MNE", name: "Montenegro", aliases: [], from: "2006-06-03" },
  { iso3: "SUN", name: "Union of Soviet Socialist Republics", aliases: ["USSR", "Soviet Union"], until: "1991-12-25" },
  { iso3: "CSK", name: "Czechoslovakia", aliases: [], until: "1992-12-31" },
  { iso3: "YUG", name: "Socialist Federal Republic of Yugoslavia", aliases: ["Yugoslavia"], until: "1992-04-26" },
  { iso3: "DDR", name: "German Democratic Republic", aliases: [], until: "1990-10-02" },
  { iso3: "RHO", name: "Southern Rhodesia", aliases: ["Rhodesia"], until: "1980-04-17" },
  { iso3: "YMD", name: "Democratic Yemen", aliases: [], until: "1990-05-21" },
];
