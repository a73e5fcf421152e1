// HTML character references as the UN library's hand-edited pages use them: named ones
// with and without the closing semicolon ("P&eacuterez" renders as "Pérez" in browsers),
// and numeric ones. Only the Latin-1 and punctuation names are known; any other
// "&word" is left as written, which is also what a browser does with "&sort=" in a URL.

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0",
  mdash: "\u2014", ndash: "\u2013", hellip: "\u2026", shy: "\u00ad",
  lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d", bull: "\u2022",
  laquo: "\u00ab", raquo: "\u00bb", middot: "\u00b7", deg: "\u00b0", copy: "\u00a9",
  reg: "\u00ae", sect: "\u00a7", para: "\u00b6", iexcl: "\u00a1", iquest: "\u00bf",
  szlig: "\u00df", times: "\u00d7", divide: "\u00f7", ordf: "\u00aa", ordm: "\u00ba",
};

// Latin-1 letters follow a pattern: "eacute" is e + acute, "Ccedil" is C + cedil, …
const LATIN1_LETTERS: Array<[string, string, number[]]> = [
  ["grave", "AEIOUaeiou", [0xc0, 0xc8, 0xcc, 0xd2, 0xd9, 0xe0, 0xe8, 0xec, 0xf2, 0xf9]],
  ["acute", "AEIOUYaeiouy", [0xc1, 0xc9, 0xcd, 0xd3, 0xda, 0xdd, 0xe1, 0xe9, 0xed, 0xf3, 0xfa, 0xfd]],
  ["circ", "AEIOUaeiou", [0xc2, 0xca, 0xce, 0xd4, 0xdb, 0xe2, 0xea, 0xee, 0xf4, 0xfb]],
  ["tilde", "ANOano", [0xc3, 0xd1, 0xd5, 0xe3, 0xf1, 0xf5]],
  ["uml", "AEIOUaeiouy", [0xc4, 0xcb, 0xcf, 0xd6, 0xdc, 0xe4, 0xeb, 0xef, 0xf6, 0xfc, 0xff]],
  ["ring", "Aa", [0xc5, 0xe5]],
  ["cedil", "Cc", [0xc7, 0xe7]],
  ["slash", "Oo", [0xd8, 0xf8]],
];
for (const [accent, letters, codes] of LATIN1_LETTERS) {
  [...letters].forEach((letter, i) => {
    const code = codes[i];
    if (code !== undefined) NAMED[letter + accent] = String.fromCharCode(code);
  });
}
Object.assign(NAMED, { AElig: "\u00c6", aelig: "\u00e6", ETH: "\u00d0", eth: "\u00f0", THORN: "\u00de", thorn: "\u00fe" });

// Longest names first, so "&eacuterez" takes "eacute" and not a shorter name.
const NAMES_BY_LENGTH = Object.keys(NAMED).sort((a, b) => b.length - a.length);

function fromCodePoint(code: number): string | undefined {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
  if (code >= 0xd800 && code <= 0xdfff) return undefined;
  return String.fromCodePoint(code);
}

/**
 * Decodes character references. In attributes (`inAttribute`), a name without its
 * semicolon is never decoded, because there it is usually part of a query string.
 */
export function decodeEntities(text: string, inAttribute = false): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,9};?|[A-Za-z][A-Za-z0-9]{0,31};?)/g, (whole, body: string) => {
    if (body.startsWith("#")) {
      const digits = body.replace(/;$/, "");
      const hex = digits[1] === "x" || digits[1] === "X";
      const decoded = fromCodePoint(parseInt(digits.slice(hex ? 2 : 1), hex ? 16 : 10));
      return decoded ?? whole;
    }
    if (body.endsWith(";")) return NAMED[body.slice(0, -1)] ?? whole;
    if (inAttribute) return whole;
    const name = NAMES_BY_LENGTH.find((candidate) => body.startsWith(candidate));
    return name === undefined ? whole : (NAMED[name] ?? "") + body.slice(name.length);
  });
}
