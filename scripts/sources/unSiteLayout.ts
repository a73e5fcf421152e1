// Where the UN Dag Hammarskjöld Library serves each raw table, and under which name the
// ingest reads it. The library's own names: scactYYYY_table_en.html before 1994 and
// .htm from 1994, SC_2020-revised.html for the 2020 videoconferences, and
// scact_veto_table_en.htm for the vetoes. The ingest reads all of them as .html under
// sources/un-meetings-tables/ (the names ../shared uses).

export const defaultBaseUrl = "https://www.un.org/depts/dhl/resguide/";

export const tablesFolder = "sources/un-meetings-tables";

/** The first year the library names its table .htm rather than .html. */
const firstHtmYear = 1994;

/**
 * The path on the UN site, relative to the base URL, of a file the ingest reads
 * ("sources/un-meetings-tables/scact2003_table_en.html" -> "scact2003_table_en.htm");
 * undefined for any name that is not one of the library's tables.
 */
export function remotePathFor(file: string): string | undefined {
  const prefix = `${tablesFolder}/`;
  if (!file.startsWith(prefix)) return undefined;
  const name = file.slice(prefix.length);
  if (name === "scact_veto_table_en.html") return "scact_veto_table_en.htm";
  if (name === "scact2020_covid_table_en.html") return "SC_2020-revised.html";
  const year = /^scact(\d{4})_table_en\.html$/.exec(name)?.[1];
  if (!year) return undefined;
  return Number(year) < firstHtmYear ? name : `scact${year}_table_en.htm`;
}
