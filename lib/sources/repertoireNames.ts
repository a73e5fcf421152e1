// Names in Repertoire lists are separated by commas and "and", but some names contain
// "and" or a comma themselves. The list splitter must not cut inside these. The list is
// of phrases, not whole names, so that "the Organization for Security and Co-operation
// in Europe" and "Minister for Provincial and Local Government" are both covered.

const protectedPhrases = [
  "Antigua and Barbuda",
  "Bosnia and Herzegovina",
  "Saint Kitts and Nevis",
  "Saint Vincent and the Grenadines",
  "Sao Tome and Principe",
  "São Tomé and Príncipe",
  "Serbia and Montenegro",
  "Trinidad and Tobago",
  "Turks and Caicos",
  "Heard Island and McDonald Islands",
  "Wallis and Futuna",
  "Great Britain and Northern Ireland",
  "Security and Co-operation",
  "Security and Cooperation",
  "Peace and Security",
  "Economic and Social",
  "Economic and Monetary",
  "Food and Agriculture",
  "Drugs and Crime",
  "Educational, Scientific and Cultural",
  "Children and Armed Conflict",
  "Disarmament, Demobilization and Reintegration",
  "Disarmament, Demobilization, Repatriation, Resettlement and Reintegration",
  "Crisis Prevention and Recovery",
  "Provincial and Local Government",
  "Foreign Affairs and Cooperation",
  "Foreign Affairs and Co-operation",
  "Foreign Affairs and International Cooperation",
  "Foreign Affairs and International Co-operation",
  "Foreign Affairs and International Trade",
  "Foreign Affairs and Trade",
  "Political and Security",
  "Peace-building and Reconstruction",
  "Humanitarian and Emergency",
  "Prevention and Resolution",
  "Management and Resolution",
  "Prevention, Management and Resolution",
  "Commonwealth of Independent States",
  "Justice and Home Affairs",
  "Head of State and Government",
  "Heads of State and Government",
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const protectedPattern = new RegExp(
  [...protectedPhrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, "\\s+"))
    .join("|"),
  "gi",
);

/** Index ranges [start, end) in `text` inside which a list must not be split. */
export function protectedRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(protectedPattern)].map((m) => [m.index, m.index + m[0].length]);
}

// States whose UN names contain "of"; when an office is "… of the Republic of Korea",
// the state is the whole name, not "Korea".
const statesWithOf = [
  "United States of America",
  "Democratic People's Republic of Korea",
  "Republic of Korea",
  "Democratic Republic of the Congo",
  "Republic of the Congo",
  "Republic of Moldova",
  "United Republic of Tanzania",
  "United Kingdom of Great Britain and Northern Ireland",
  "Federated States of Micronesia",
  "Micronesia (Federated States of)",
  "Islamic Republic of Iran",
  "Iran (Islamic Republic of)",
  "Bolivarian Republic of Venezuela",
  "The former Yugoslav Republic of Macedonia",
  "former Yugoslav Republic of Macedonia",
  "Plurinational State of Bolivia",
  "State of Palestine",
  "Federal Republic of Yugoslavia",
];

/**
 * "Deputy Minister for Foreign Relations of Greece" -> office and state. The state is
 * after the last "of", unless the text ends with a state name that has its own "of".
 */
export function splitOffice(text: string): { capacity: string; of?: string } {
  const lower = text.toLowerCase();
  for (const state of statesWithOf) {
    const at = lower.lastIndexOf(` of the ${state.toLowerCase()}`);
    const bare = lower.lastIndexOf(` of ${state.toLowerCase()}`);
    if (at >= 0 && at + ` of the ${state}`.length === text.length) {
      return { capacity: text.slice(0, at).trim(), of: text.slice(at + 4).trim() };
    }
    if (bare >= 0 && bare + ` of ${state}`.length === text.length) {
      return { capacity: text.slice(0, bare).trim(), of: text.slice(bare + 4).trim() };
    }
  }
  const last = text.lastIndexOf(" of ");
  if (last < 0) return { capacity: text.trim() };
  const of = text.slice(last + 4).trim();
  // "Minister of Foreign Affairs" has no state after its "of": a portfolio starts so.
  if (!/^(?:the\s+)?[A-Z]/.test(of) || /^(?:Foreign|Defen[cs]e|State|Justice|the Interior|Interior)\b/.test(of)) {
    return { capacity: text.trim() };
  }
  return { capacity: text.slice(0, last).trim(), of };
}
