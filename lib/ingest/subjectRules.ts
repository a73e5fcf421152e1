// How a meeting's topic (the library's label) names its subjects: every rule in one
// table, applied in order to the folded topic, each match taking its words so a later
// rule cannot read them again. After the table, any state or territory name the topic
// still holds is a subject (rule "named"), resolved as it was named on the meeting's date.
// Each rule has a unit test in subjectRules.test.ts; README ("Subjects of a meeting")
// states them for readers.

export interface SubjectRule {
  id: string;
  /** What the rule reads, in one line: the edge's note quotes it. */
  says: string;
  /** Matched on the folded topic (no accents), globally and ignoring case. */
  pattern: RegExp;
  /** The dates the rule applies to (ISO, inclusive). */
  from?: string;
  until?: string;
  /**
   * subjects: these entities are the subjects (when they existed on the date).
   * mask: these words name no subject.
   * letter: the states in the words after "from" raised the matter (edge "raised-by");
   * only what the rest of the topic names is its subject.
   */
  effect: { subjects: readonly string[] } | { mask: true } | { letter: true };
}

export const subjectRules: readonly SubjectRule[] = [
  {
    id: "tribunal-yugoslavia",
    says: "the ICTY's \"Yugoslavia\" is the former Yugoslavia, no state (reference-2003.md, matching cautions)",
    // Only the word "Yugoslavia": "International Tribunal — Rwanda & Yugoslavia" still names Rwanda.
    pattern: /(?<=(?:international (?:criminal )?tribunal|\bicty\b)[^,;/]*?)yugoslavia|(?<=\btribunals?\b[^,;/]*?)yugoslavia|(?<=^|\W)yugoslavia(?= and rwanda)|former yugoslav(?:ia)?(?! republic)/g,
    effect: { mask: true },
  },
  {
    id: "letter-from",
    says: "a letter or request from A: A raised the matter; the subject is what the letter concerns",
    // Up to "concerning"/"relating to"/"regarding", an opening bracket, or the end.
    pattern: /\b(?:identical )?(?:letters?|telegram|cable|note|request)\b[^(]*?\b(?:from|by)\b(?:(?!\bconcerning\b|\brelating to\b|\bregarding\b|\bagainst\b|\(|\bfor consideration\b).)*/g,
    effect: { letter: true },
  },
  {
    id: "communication-from",
    says: "\"A communication dated …\" (1946): A wrote to the Council and raised the matter",
    pattern: /:\s*[^:]*?\bcommunication\b/g,
    effect: { letter: true },
  },
  {
    id: "unikom",
    says: "the UN Iraq-Kuwait Observation Mission watched the border of both states",
    pattern: /iraq-kuwait observation mission|\bunikom\b/g,
    effect: { subjects: ["state:IRQ", "state:KWT"] },
  },
  {
    id: "iraq-kuwait-label",
    says: "\"Iraq-Kuwait\" (1991–2005) is the library's label for the Council's Iraq debates: Iraq is the subject, not Kuwait; \"between Iraq and Kuwait\" names both",
    pattern: /\biraq-kuwait\b/g,
    effect: { subjects: ["state:IRQ"] },
  },
  {
    id: "undof",
    says: "UNDOF, the Disengagement Observer Force, stands between Israel and Syria on the Golan",
    pattern: /\bundof\b|disengagement observer force/g,
    effect: { subjects: ["state:SYR", "state:ISR"] },
  },
  {
    id: "unifil",
    says: "UNIFIL, the Interim Force in Lebanon, is about Lebanon",
    pattern: /\bunifil\b|interim force in lebanon/g,
    effect: { subjects: ["state:LBN"] },
  },
  {
    id: "western-sahara",
    says: "Western Sahara and MINURSO name the territory of Western Sahara, not the Sahrawi Arab Democratic Republic",
    pattern: /western sahara|\bminurso\b/g,
    effect: { subjects: ["territory:western-sahara"] },
  },
  {
    id: "palestinian-question",
    says: "from the State of Palestine's proclamation (15 Nov 1988), the Palestinian question and the question of Palestine are about Palestine",
    pattern: /palestinian question|question of palestine|palestinian people/g,
    from: "1988-11-15",
    effect: { subjects: ["state:PSE"] },
  },
  {
    id: "palestine-before-1988",
    says: "before 15 Nov 1988 \"Palestine\" and \"Palestinian\" name the Mandate territory or a people, not the State of Palestine",
    pattern: /palestin\w*/g,
    until: "1988-11-14",
    effect: { mask: true },
  },
  {
    id: "northern-ireland",
    says: "Northern Ireland is part of the United Kingdom, not Ireland",
    pattern: /northern ireland/g,
    effect: { subjects: ["state:GBR"] },
  },
  {
    id: "guinea-bissau-unhyphenated",
    says: "\"Guinea Bissau\" written without its hyphen is Guinea-Bissau, not Guinea",
    pattern: /\bguinea bissau\b/g,
    effect: { subjects: ["state:GNB"] },
  },
  ...adjectivalQuestions([
    ["indonesian", "state:IDN"],
    ["greek", "state:GRC"],
    ["egyptian", "state:EGY"],
    ["iranian", "state:IRN"],
    ["spanish", "state:ESP"],
    ["czechoslovak", "state:CSK"],
    ["tunisian", "state:TUN"],
    ["guatemalan", "state:GTM"],
    ["syrian and lebanese", "state:SYR", "state:LBN"],
    ["thailand", "state:THA"],
  ]),
];

/** "The Greek question", "Greek complaint": an adjective of the state names it. */
function adjectivalQuestions(rows: ReadonlyArray<readonly [string, ...string[]]>): SubjectRule[] {
  return rows.map(([adjective, ...subjects]) => ({
    id: `adjectival-${adjective.replace(/\s+/g, "-")}`,
    says: `"the ${adjective} question" names its state`,
    pattern: new RegExp(`\\b${adjective} (?:question|complaint|case)\\b`, "g"),
    effect: { subjects },
  }));
}

/** The generic rule after the table: a name the topic still holds, as it was named on the date. */
export const namedRule = { id: "named", says: "the topic names the state or territory, as it was named on the meeting's date" } as const;

export function ruleApplies(rule: Pick<SubjectRule, "from" | "until">, date: string): boolean {
  return (!rule.from || date >= rule.from) && (!rule.until || date <= rule.until);
}
