import { superscriptClass } from "./repertoireMarkers";
import { slice, trim, type Mapped } from "./repertoireText";

// Sentences of a Repertoire paragraph. A full stop ends a sentence unless it closes an
// abbreviation the Repertoire uses in cross-references and names ("chap. XII", "sect. A",
// "Mr. Annan", "Jan P. Pronk"). A footnote marker after the stop belongs to the sentence
// before it ("… (ECOWAS).⁴ In his statement …").

const abbreviations = new Set(
  "mr mrs ms messrs dr st no nos chap chaps sect sects para paras art arts vol vols p pp ibid op cit cf e.g i.e etc rev corr add amend jr sr gen lt col".split(
    " ",
  ),
);

const labels = /^(?:sect|sects|section|part|annex|chap|chapter|appendix|para|paras|table|category|group|article|art|vol|phase|option)\.?,?$/i;

const boundary = new RegExp(`[.!?][”"’)]*[${superscriptClass}]*(?= [A-Z"“‘(${superscriptClass}])`, "g");

export function splitSentences(paragraph: Mapped): Mapped[] {
  const sentences: Mapped[] = [];
  let from = 0;
  for (const match of paragraph.text.matchAll(boundary)) {
    const stop = match.index;
    const before = paragraph.text.slice(from, stop);
    const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? "";
    if (abbreviations.has(word.toLowerCase())) continue;
    // "Jan P. Pronk" is an initial; "sect. A." and "annex B." end a reference, and may end a sentence.
    if (/^[A-Z]$/.test(word) && !labels.test(/(\S+) \S+$/.exec(before)?.[1] ?? "")) continue;
    const end = stop + match[0].length;
    sentences.push(trim(slice(paragraph, from, end)));
    from = end;
  }
  const rest = trim(slice(paragraph, from));
  if (rest.text.length > 0) sentences.push(rest);
  return sentences.filter((s) => s.text.length > 0);
}
