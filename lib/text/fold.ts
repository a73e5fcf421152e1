// Names and search text differ in accents, case, curly quotes, dashes and spacing
// ("Côte d’Ivoire", "Cote d'Ivoire"); comparisons use a folded form, never the raw text.

const combiningMarks = /[\u0300-\u036f]/g;
const curlyQuotes = /[\u2018\u2019\u02bc`´]/g;
const dashes = /[\u2010-\u2015]/g;

/** Accents off, quotes and dashes unified, spaces collapsed, lower case. */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(combiningMarks, "").replace(curlyQuotes, "'").replace(dashes, "-").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Accents off letter by letter, keeping the length, so offsets found in it point into the original. */
export function foldKeepingLength(text: string): string {
  return Array.from(text, (char) => (char.length === 1 ? char.normalize("NFD")[0]! : char)).join("");
}
