import { foldText } from "@/lib/text/fold";

// Names as the sources write them differ in articles, hyphens, quotes, accents and
// spacing ("the Czech Republic", "Organization for Security and Co-operation in Europe",
// "Cote d'Ivoire"). Resolution compares a folded key, never the raw text.

const leadingArticle = /^(the|a)\s+/i;
const trailingAcronym = /\s*\(([A-Z][A-Za-z-]{1,10})\)\s*$/;

/** The folded text (lib/text/fold) without a leading article, "co-operation" spelt one way, no trailing punctuation. */
export function nameKey(name: string): string {
  return foldText(name)
    .replace(leadingArticle, "")
    .replace(/co-operation/g, "cooperation")
    .replace(/[.,;:]+$/g, "")
    .trim();
}

/** "Organization for Security and Cooperation in Europe (OSCE)" -> its name and "OSCE". */
export function splitAcronym(name: string): { name: string; acronym?: string } {
  const match = trailingAcronym.exec(name);
  if (!match) return { name: name.trim() };
  return { name: name.slice(0, match.index).trim(), acronym: match[1] };
}

/** A readable, stable id fragment: "Minister for Foreign Affairs of Mexico" -> "minister-for-foreign-affairs-of-mexico". */
export function slug(text: string): string {
  return nameKey(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}
