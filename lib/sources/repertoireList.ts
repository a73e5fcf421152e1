import { findMarkers, isSuperscript, stripMarkers } from "./repertoireMarkers";
import { protectedRanges } from "./repertoireNames";
import type { RepertoireParticipant, RepertoireRole } from "./repertoireTypes";
import { report, slice, spanOf, trim, type Mapped, type SourceContext } from "./repertoireText";

// Lists of who spoke, who was invited, who aligned: "most members of the Council,² the
// Secretary-General, the representative of Greece (on behalf of the European Union³),
// and the representatives of the Organization of American States, the African Union …".
// "the representatives of" carries over to every later name until another kind of
// participant (an office, the members of the Council) interrupts it.

export interface ListedParticipant {
  participant: RepertoireParticipant;
  /** Footnote numbers marked on this entry, in order. */
  markers: number[];
}

const separator = /,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+/y;

/** Pieces of a list, cut at top-level commas, semicolons and "and"; markers stay with the piece before. */
export function splitList(list: Mapped): Mapped[] {
  const text = list.text;
  const guarded = protectedRanges(text);
  const pieces: Mapped[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || guarded.some(([a, b]) => i > a && i < b)) continue;
    separator.lastIndex = i;
    const match = separator.exec(text);
    if (!match) continue;
    // A marker glued after the comma ("Council,² the …") annotates the entry before it.
    let end = i + 1;
    while (isSuperscript(text[end])) end++;
    pieces.push(slice(list, start, c === "," || c === ";" ? end : i));
    const next = Math.max(i + match[0].length, end);
    start = next;
    i = next - 1;
  }
  pieces.push(slice(list, start));
  return pieces.map((p) => trim(p)).filter((p) => p.text.length > 0);
}

const collective = /^(?:(all|most|the|all other|the other|other|several|many)\s+)?members of the (?:Security )?Council$/i;
const representatives = /^the representatives? of\s+/i;
const observer = /^the (?:Permanent )?Observer (?:of|for)\s+/i;
const person = /^(?:Mr|Mrs|Ms|Miss|Sir|Dame|Dr|Judge|Lord|Ambassador|Professor|Prof|Sheikh|H\.E)\.?\s+[A-Z]/;
const office =
  /^(?:[Tt]he\s+)?(?:Deputy\s+|Acting\s+|Assistant\s+|Under-|Executive\s+)?(?:Secretary-General|Secretary|President|Vice-President|Special (?:Representative|Envoy|Adviser|Coordinator|Rapporteur)|Personal Envoy|High Commissioner|Director(?:-General)?|Chairman|Chairperson|Chair|Prosecutor|Emergency Relief Coordinator|Administrator|Commissioner|Head|Force Commander|Commander|Registrar|Coordinator|Minister|Prime Minister|Permanent Representative)\b/;
const nameLike = /^(?:the\s+)?[A-Z"“]/;
const groupOf = /^(?:a|an)\s+(?:group|delegation)\s+of\s+/i;

interface Parenthetical {
  onBehalfOf?: Mapped;
  acronym?: string;
  note?: string;
}

/** Splits "Name (on behalf of X)" / "Name (ACRONYM)" into the name and what the brackets say. */
function readParentheticals(entry: Mapped): { name: Mapped; extra: Parenthetical } {
  const extra: Parenthetical = {};
  const kept: number[] = [];
  const text = entry.text;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("(", i);
    const close = open >= 0 ? text.indexOf(")", open) : -1;
    if (open < 0 || close < 0) {
      for (let k = i; k < text.length; k++) kept.push(k);
      break;
    }
    for (let k = i; k < open; k++) kept.push(k);
    const inner = trim(slice(entry, open + 1, close));
    const behalf = /^on behalf of\s+/i.exec(inner.text);
    // "Iran (Islamic Republic of)" keeps its brackets: they are part of the UN name.
    if (/\bof$/.test(inner.text)) for (let k = open; k <= close; k++) kept.push(k);
    else if (behalf) extra.onBehalfOf = trim(slice(inner, behalf[0].length));
    else if (/^[A-Z][A-Za-z-]{1,11}$/.test(inner.text) && /[A-Z].*[A-Z]/.test(inner.text)) extra.acronym = inner.text;
    else if (inner.text.length > 0) extra.note = inner.text;
    i = close + 1;
  }
  const name = trim({ text: kept.map((k) => text[k]).join(""), at: kept.map((k) => entry.at[k] ?? 0) });
  return { name: { text: name.text.replace(/\s+/g, " "), at: name.at }, extra };
}

export interface ListOptions {
  /** "speakers": entries say who they are ("the representative of …"); "names": bare names. */
  mode: "speakers" | "names";
  role: RepertoireRole;
  note?: string;
}

export function readParticipantList(ctx: SourceContext, list: Mapped, options: ListOptions): ListedParticipant[] {
  const listed: ListedParticipant[] = [];
  let distributive = options.mode === "names";
  for (const piece of splitList(list)) {
    const markers = findMarkers(piece).map((m) => m.number);
    const entry = trim(stripMarkers(piece), ",;.: ");
    const leadingAnd = /^and\s+/.exec(entry.text);
    const bare = leadingAnd ? slice(entry, leadingAnd[0].length) : entry;
    const { name, extra } = readParentheticals(bare);
    let text = name.text;
    let participantName = name;
    const base: Partial<RepertoireParticipant> = {};
    const previous = listed[listed.length - 1];
    const members = collective.exec(text);
    if (members && options.mode === "speakers") {
      const scope = members[1]?.toLowerCase();
      listed.push(make(ctx, "members of the Council", "council-member", bare, markers, {
        ...(scope === "all" || scope === "all other" ? { scope: "all" as const } : {}),
        ...(scope === "most" ? { scope: "most" as const } : {}),
      }));
      distributive = false;
      continue;
    }
    if (person.test(text) && previous) {
      previous.participant.person = text;
      previous.markers.push(...markers);
      continue;
    }
    const rep = representatives.exec(text) ?? observer.exec(text);
    if (rep) {
      participantName = slice(name, rep[0].length);
      distributive = options.mode === "speakers" || distributive;
      if (/observer/i.test(rep[0])) base.note = "observer";
    } else if (office.test(text)) {
      distributive = options.mode === "names";
    } else if (!distributive) {
      if (!nameLike.test(text)) {
        report(ctx, bare, "unrecognised-participant", `"${text}" is not a participant the list parser knows how to read`);
        continue;
      }
      report(ctx, bare, "unrecognised-participant", `"${text}" is not introduced as a representative or an office`);
    }
    const group = groupOf.exec(participantName.text);
    if (group) participantName = slice(participantName, group[0].length);
    // A capital "The" before an office only means the sentence began there.
    text = office.test(participantName.text) ? participantName.text.replace(/^The /, "the ") : participantName.text;
    if (text.length === 0) {
      report(ctx, bare, "unrecognised-participant", "an empty entry in a list of participants");
      continue;
    }
    const onBehalfOf = extra.onBehalfOf?.text;
    const role: RepertoireRole = onBehalfOf && options.role === "invited" ? "speaker-on-behalf" : options.role;
    listed.push(
      make(ctx, text, role, bare, markers, {
        ...base,
        ...(onBehalfOf ? { onBehalfOf } : {}),
        ...(extra.acronym ? { acronym: extra.acronym } : {}),
        ...(extra.note && !base.note ? { note: extra.note } : {}),
        ...(options.note && !base.note ? { note: options.note } : {}),
      }),
    );
  }
  return listed;
}

function make(
  ctx: SourceContext,
  name: string,
  role: RepertoireRole,
  evidence: Mapped,
  markers: number[],
  extra: Partial<RepertoireParticipant>,
): ListedParticipant {
  const participant: RepertoireParticipant = { name, role, ...extra, span: spanOf(ctx, evidence) };
  const first = markers[0];
  if (first !== undefined) participant.footnote = first;
  return { participant, markers };
}
