// States and territories that know their era. The 2003 reference file knows the world of
// 2003; the Council's record runs from 1946, when names meant other states ("Yugoslavia"
// in 1960 is the SFRY, in 2000 the FRY), states came and went (the USSR, the two Germanys,
// Viet-Nams and Yemens) and some places the Council discussed were no states at all
// (Southern Rhodesia, South West Africa, Western Sahara). Each entry is a fact with a
// source:
// - codes: ISO 3166-1 alpha-3, and ISO 3166-3 for former states (Debian iso-codes 4.15.0,
//   /usr/share/iso-codes/json/iso_3166-3.json: SUN, YUG, CSK, DDR, YMD, VDR, RHO, TMP, ZAR).
//   Two have no ISO code of their own and get a documented key: RVN (the Republic of
//   Viet-Nam; ISO 3166 of 1974 gave it VNM, which the project keeps for today's Viet Nam)
//   and the territories' slugs.
// - dates: independence, union, dissolution and renaming as the UN recorded them: the list
//   of UN Member States by date of admission with each renaming, merger, continuation and
//   dissolution (https://en.wikipedia.org/wiki/Enlargement_of_the_United_Nations); the
//   membership roster's notes on the United Arab Republic, Tanzania, Malaysia and the two
//   Germanys (https://www.nationsencyclopedia.com/United-Nations/Membership.html); Zaire
//   renamed on 17 May 1997 (https://history.info/on-this-day/1997-zaire-renamed-congo-fall-mobutu/);
//   and for the Council's seats and names ../shared/data/council-members-1946-2022.md
//   (China 25 Oct 1971, the USSR's continuation by the Russian Federation 24 Dec 1991, the
//   UAR coded EGY, Zaire COD, Dahomey/Benin 30 Nov 1975, Upper Volta/Burkina Faso 4 Aug 1984,
//   the Libyan Arab Republic to March 1977, Yemen 22 May 1990).
// A name with dates means this entity only between them; `from`/`until` bound the entity.

export interface DatedName {
  name: string;
  from?: string;
  until?: string;
}

export interface StateEra {
  /** ISO 3166 alpha-3 (or the documented key above); the entity id is `state:` or `territory:` plus it. */
  key: string;
  kind?: "state" | "territory";
  /** The one display name; for states the 2003 reference knows, its name wins unless `displayName` says otherwise. */
  name: string;
  /**
   * Replaces the reference's name as the one display name, the reference's becoming an
   * alias: the short form the UN uses in the Council's lists of members.
   */
  displayName?: string;
  /** Names that meant it at any time it existed. */
  aliases?: string[];
  /** Names that meant it only for a while. */
  names?: DatedName[];
  from?: string;
  until?: string;
  successors?: string[];
  /** Aliases of the reference file that are not names of this state (the PLO is an organization). */
  notAliases?: string[];
}

export const stateEras: readonly StateEra[] = [
  // The Council's lists of members (council-members-1946-2022.json) write these two short; so does the app, everywhere.
  { key: "GBR", name: "United Kingdom", displayName: "United Kingdom" },
  { key: "USA", name: "United States", displayName: "United States" },
  // Reference states whose names or existence changed (the reference gives their 2003 names).
  { key: "CHN", name: "China", names: [{ name: "Republic of China", until: "1971-10-24" }, { name: "People's Republic of China", from: "1971-10-25" }] },
  {
    key: "COD", name: "Democratic Republic of the Congo", from: "1960-06-30",
    aliases: ["Democratic Republic of Congo", "DR Congo"],
    names: [
      // The Council's "Republic of the Congo" of 1960–64 (ONUC) is Congo-Léopoldville; Brazzaville is "Congo (Brazzaville)" then.
      { name: "Republic of the Congo", from: "1960-06-30", until: "1964-07-31" },
      { name: "Congo", from: "1960-06-30", until: "1964-07-31" },
      { name: "Congo (Leopoldville)", until: "1966-05-01" },
      { name: "Congo-Léopoldville", until: "1966-05-01" },
      { name: "Congo (Kinshasa)", from: "1966-05-02", until: "1971-10-26" },
      { name: "Zaire", from: "1971-10-27", until: "1997-05-16" },
      { name: "Republic of Zaire", from: "1971-10-27", until: "1997-05-16" },
    ],
  },
  {
    key: "COG", name: "Congo", from: "1960-08-15",
    names: [
      { name: "Republic of the Congo", from: "1964-08-01" },
      { name: "Congo", from: "1964-08-01" },
      { name: "Congo (Brazzaville)", until: "1971-10-26" },
      { name: "People's Republic of the Congo", from: "1969-12-31", until: "1991-06-14" },
    ],
  },
  { key: "DEU", name: "Germany", from: "1949-05-23", names: [{ name: "Federal Republic of Germany", until: "1990-10-02" }, { name: "Germany", from: "1990-10-03" }] },
  // The United Arab Republic was Egypt and Syria from 22 Feb 1958, Egypt alone after Syria left on 28 Sep 1961, until Egypt took its name back on 2 Sep 1971.
  { key: "EGY", name: "Egypt", names: [{ name: "United Arab Republic", from: "1958-02-22", until: "1971-09-01" }] },
  { key: "LBY", name: "Libyan Arab Jamahiriya", from: "1951-12-24", names: [{ name: "Libyan Arab Republic", from: "1969-09-01", until: "1977-03-01" }, { name: "Libyan Arab Jamahiriya", from: "1977-03-02", until: "2011-09-15" }] },
  // The Palestine question of 1947–66 is the Mandate's and its partition's, not a state's: Palestine was proclaimed a State on 15 Nov 1988.
  { key: "PSE", name: "Palestine", from: "1988-11-15", notAliases: ["Palestine Liberation Organization", "PLO"] },
  { key: "RUS", name: "Russian Federation", from: "1991-12-25" },
  {
    key: "SCG", name: "Serbia and Montenegro", from: "1992-04-27", until: "2006-06-02", successors: ["state:SRB", "state:MNE"],
    names: [{ name: "Yugoslavia", from: "1992-04-27", until: "2003-02-03" }, { name: "Federal Republic of Yugoslavia", until: "2003-02-03" }, { name: "Serbia and Montenegro", from: "2003-02-04" }],
  },
  { key: "YEM", name: "Yemen", names: [{ name: "Yemen Arab Republic", until: "1990-05-21" }, { name: "Republic of Yemen", from: "1990-05-22" }] },
  { key: "BEN", name: "Benin", names: [{ name: "Dahomey", until: "1975-11-29" }] },
  { key: "BFA", name: "Burkina Faso", names: [{ name: "Upper Volta", until: "1984-08-03" }] },
  { key: "MKD", name: "The former Yugoslav Republic of Macedonia", from: "1991-09-08" },
  { key: "HRV", name: "Croatia", from: "1991-06-25" },
  { key: "SVN", name: "Slovenia", from: "1991-06-25" },
  { key: "BIH", name: "Bosnia and Herzegovina", from: "1992-03-03", aliases: ["Republic of Bosnia and Herzegovina"] },
  { key: "CZE", name: "Czech Republic", from: "1993-01-01" },
  { key: "SVK", name: "Slovakia", from: "1993-01-01" },
  { key: "ERI", name: "Eritrea", from: "1993-05-24" },
  { key: "NAM", name: "Namibia", from: "1990-03-21" },
  { key: "ZWE", name: "Zimbabwe", from: "1980-04-18" },
  { key: "UKR", name: "Ukraine", names: [{ name: "Ukrainian SSR", until: "1991-08-23" }, { name: "Ukrainian Soviet Socialist Republic", until: "1991-08-23" }] },
  { key: "BLR", name: "Belarus", names: [{ name: "Byelorussian SSR", until: "1991-09-18" }, { name: "Byelorussian Soviet Socialist Republic", until: "1991-09-18" }] },
  { key: "ISR", name: "Israel", from: "1948-05-14" },

  // States outside the 2003 reference file: UN Member States of other periods, and states that no longer exist.
  { key: "AFG", name: "Afghanistan" },
  { key: "AUS", name: "Australia" },
  { key: "BGD", name: "Bangladesh", from: "1971-03-26" },
  { key: "BTN", name: "Bhutan" },
  { key: "BRN", name: "Brunei Darussalam", aliases: ["Brunei"] },
  { key: "KHM", name: "Cambodia", aliases: ["Kampuchea", "Democratic Kampuchea"], names: [{ name: "Khmer Republic", from: "1970-10-09", until: "1975-04-16" }] },
  { key: "FJI", name: "Fiji" },
  { key: "IND", name: "India" },
  { key: "IDN", name: "Indonesia", aliases: ["Republic of Indonesia"] },
  { key: "IRN", name: "Iran (Islamic Republic of)", aliases: ["Iran", "Islamic Republic of Iran"] },
  { key: "JPN", name: "Japan" },
  { key: "PRK", name: "Democratic People's Republic of Korea", from: "1948-09-09", aliases: ["North Korea"] },
  { key: "KOR", name: "Republic of Korea", from: "1948-08-15", aliases: ["South Korea"] },
  { key: "LAO", name: "Lao People's Democratic Republic", aliases: ["Laos"] },
  { key: "MYS", name: "Malaysia", from: "1963-09-16" },
  { key: "MDV", name: "Maldives" },
  { key: "MNG", name: "Mongolia", aliases: ["Mongolian People's Republic"] },
  { key: "MMR", name: "Myanmar", names: [{ name: "Burma", until: "1989-06-17" }] },
  { key: "NPL", name: "Nepal" },
  { key: "NZL", name: "New Zealand" },
  { key: "PNG", name: "Papua New Guinea", from: "1975-09-16" },
  { key: "PHL", name: "Philippines", aliases: ["the Philippines"] },
  { key: "SGP", name: "Singapore", from: "1965-08-09" },
  { key: "SLB", name: "Solomon Islands", from: "1978-07-07" },
  { key: "LKA", name: "Sri Lanka", names: [{ name: "Ceylon", until: "1972-05-21" }] },
  { key: "THA", name: "Thailand", names: [{ name: "Siam", until: "1949-05-10" }] },
  { key: "TLS", name: "Timor-Leste", from: "2002-05-20", aliases: ["East Timor"] },
  { key: "VNM", name: "Viet Nam", from: "1976-07-02", aliases: ["Vietnam", "Socialist Republic of Viet Nam"] },
  { key: "SSD", name: "South Sudan", from: "2011-07-09" },
  { key: "SRB", name: "Serbia", from: "2006-06-03" },
  { key: "MNE", name: "Montenegro", from: "2006-06-03" },
  { key: "SUN", name: "Union of Soviet Socialist Republics", aliases: ["USSR", "Soviet Union"], until: "1991-12-24", successors: ["state:RUS"] },
  { key: "CSK", name: "Czechoslovakia", until: "1992-12-31", successors: ["state:CZE", "state:SVK"] },
  {
    key: "YUG", name: "Socialist Federal Republic of Yugoslavia", until: "1992-04-26",
    successors: ["state:SCG", "state:HRV", "state:SVN", "state:BIH", "state:MKD"],
    names: [{ name: "Yugoslavia", until: "1992-04-26" }, { name: "Federal People's Republic of Yugoslavia", until: "1963-04-06" }],
  },
  { key: "DDR", name: "German Democratic Republic", from: "1949-10-07", until: "1990-10-02", successors: ["state:DEU"] },
  { key: "YMD", name: "Democratic Yemen", from: "1967-11-30", until: "1990-05-21", successors: ["state:YEM"], aliases: ["People's Democratic Republic of Yemen", "Southern Yemen"] },
  { key: "VDR", name: "Democratic Republic of Viet-Nam", from: "1945-09-02", until: "1976-07-01", successors: ["state:VNM"], aliases: ["Democratic Republic of Viet Nam", "North Viet-Nam", "North Viet Nam"] },
  { key: "RVN", name: "Republic of Viet-Nam", from: "1955-10-26", until: "1976-07-01", successors: ["state:VNM"], aliases: ["Republic of Viet Nam", "South Viet-Nam", "South Viet Nam"] },

  // Places the Council discussed that were no states when it did.
  { key: "RHO", kind: "territory", name: "Southern Rhodesia", aliases: ["Rhodesia"], until: "1980-04-17", successors: ["state:ZWE"] },
  { key: "south-west-africa", kind: "territory", name: "South West Africa (Namibia)", aliases: ["South West Africa"], names: [{ name: "Namibia", until: "1990-03-20" }], until: "1990-03-20", successors: ["state:NAM"] },
  { key: "TMP", kind: "territory", name: "East Timor", aliases: ["Timor"], until: "2002-05-19", successors: ["state:TLS"] },
  // ESH is the territory's ISO code; the reference uses state:ESH for the Sahrawi Arab Democratic Republic, so the territory gets its own key.
  { key: "western-sahara", kind: "territory", name: "Western Sahara" },
];

export function eraEntityId(era: Pick<StateEra, "key" | "kind">): string {
  return `${era.kind === "territory" ? "territory" : "state"}:${era.key}`;
}
