import type { Meeting, Outcome } from "@/lib/model/schema";
import { outcomeKindLabels } from "@/lib/model/vocabularyLabels";

/**
 * The UN's symbol resolver. Symbols are written without spaces there, as the library
 * table writes resumptions ("S/PV.4734(Resumption1)/Corr.2", "S/RES/1483(2003)").
 */
export function undocsUrl(symbol: string): string {
  return `https://undocs.org/en/${encodeURI(symbol.replace(/\s+/g, ""))}`;
}

/**
 * Press releases live under the year they were issued, which for a meeting's release is
 * the meeting's year: "SC/7724" of 11 April 2003 -> https://press.un.org/en/2003/sc7724.doc.htm.
 */
export function pressReleaseUrl(symbol: string, meetingDate: string): string {
  const file = symbol.replace(/[\s/]+/g, "").toLowerCase();
  return `https://press.un.org/en/${meetingDate.slice(0, 4)}/${encodeURIComponent(file)}.doc.htm`;
}

export type DocumentKind = "verbatim" | "corrigendum" | "press-release" | Outcome["kind"];

export interface DocumentLink {
  kind: DocumentKind;
  symbol: string;
  url: string;
  /** What the document is, for the link's description: "Verbatim record", "Resolution". */
  label: string;
}


/**
 * Every official document a meeting names, each once: a closed meeting's communiqué is
 * issued under the verbatim record's own symbol, so it is listed as the record.
 */
export function meetingDocuments(meeting: Pick<Meeting, "records" | "outcomes" | "date">): DocumentLink[] {
  const links: DocumentLink[] = [];
  const seen = new Set<string>();
  const add = (kind: DocumentKind, label: string, symbol: string, url: string) => {
    const key = symbol.replace(/\s+/g, "").toUpperCase();
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ kind, label, symbol, url });
  };
  if (meeting.records.verbatim) add("verbatim", "Verbatim record", meeting.records.verbatim, undocsUrl(meeting.records.verbatim));
  for (const corrigendum of meeting.records.corrigenda) add("corrigendum", "Corrigendum", corrigendum, undocsUrl(corrigendum));
  for (const outcome of meeting.outcomes) {
    if (outcome.symbol) add(outcome.kind, outcomeKindLabels[outcome.kind].document, outcome.symbol, undocsUrl(outcome.symbol));
  }
  for (const release of meeting.records.pressReleases) add("press-release", "Press release", release, pressReleaseUrl(release, meeting.date));
  return links;
}
