import type { Problem } from "./problem";

// What the Repertoire parser returns. These are raw records of what the prose says:
// names keep the text's own form ("the Czech Republic"); entity resolution, which
// strips articles and maps names to ids, happens later in lib/ingest.

export interface RepertoireResult {
  items: RepertoireItem[];
  problems: Problem[];
}

/** 1-based line of `start`; `start`/`end` are character offsets in the ORIGINAL text. */
export interface Span {
  line: number;
  start: number;
  end: number;
}

export interface RepertoireItem {
  number: number;
  title: string;
  /** The item heading ("52. The Security Council and …"). */
  span: Span;
  meetings: RepertoireMeeting[];
  footnotes: RepertoireFootnote[];
}

export interface RepertoireFootnote {
  /** Footnotes are numbered within their item in the Repertoire text. */
  number: number;
  /** Page-break joins repaired, whitespace normalised, marker removed. */
  text: string;
  span: Span;
}

export type RepertoireOutcomeKind = "resolution" | "presidential-statement" | "vetoed-draft" | "draft-not-adopted";

export interface RepertoireOutcome {
  kind: RepertoireOutcomeKind;
  /** "S/RES/1459 (2003)" or "S/PRST/2003/30"; absent for drafts that were not adopted. */
  symbol?: string;
  adoptedUnanimously?: boolean;
  /** Only as the text states it; "adopted unanimously" gives no numbers. */
  vote?: { for: number; against: number; abstain: number };
  againstNames?: string[];
  abstainNames?: string[];
  /** Members the text or a footnote says did not participate in the voting. */
  notParticipatingNames?: string[];
  /** Members a footnote says were absent when the vote was taken. */
  absentNames?: string[];
  /** Draft symbols ("S/2003/54"), from the footnote to "a draft resolution" or inline. */
  draftSymbols: string[];
  /** States that submitted the draft: "a draft resolution submitted by Kenya and Uganda". */
  sponsorNames?: string[];
  span: Span;
}

export interface RepertoireMeeting {
  number: number;
  /** ISO "2003-04-11". */
  date: string;
  section: "initial-proceedings" | "other";
  /** The group heading the meeting sits under; "" when the item has none. */
  sectionTitle: string;
  kind: "decision" | "deliberations";
  /** "4762nd meeting (resumption 1)": the calendar lists the resumption as its own record. */
  resumption?: number;
  heading: string;
  agendaItemTitle?: string;
  /** Every decision, in the order the text reports them (a resolution and a presidential statement). */
  outcomes: RepertoireOutcome[];
  participants: RepertoireParticipant[];
  /** From the heading (or the "At its NNNNth meeting" sentence) to its last paragraph. */
  span: Span;
}

export type RepertoireRole =
  | "president"
  | "council-member"
  | "invited"
  | "briefer"
  | "speaker-on-behalf"
  | "aligned"
  | "represented-by"
  | "non-speaking";

export interface RepertoireParticipant {
  /** As the text names it, keeping an article inside a list ("the Czech Republic"). */
  name: string;
  role: RepertoireRole;
  /** For the collective participant "members of the Council". */
  scope?: "all" | "most";
  /** speaker-on-behalf / aligned: the party spoken for; represented-by: the represented party. */
  onBehalfOf?: string;
  /** represented-by: the office ("Minister for Foreign Affairs"). */
  capacity?: string;
  /** represented-by: the state the office belongs to ("its" resolves to the represented party). */
  capacityOf?: string;
  /** "OSCE" from "… in Europe (OSCE)". */
  acronym?: string;
  /** A person the text names beside an office ("…, Mr. Sergio Vieira de Mello"). */
  person?: string;
  /** The rule of procedure an invitation was extended under: 37 (states), 39 (others). */
  rule?: 37 | 39;
  /** Said of the participant by the source: "did not make a statement", "also present". */
  note?: string;
  /** The footnote the participant comes from, or that marks it. */
  footnote?: number;
  span: Span;
}
