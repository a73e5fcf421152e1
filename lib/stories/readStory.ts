import { storyFormat, storyLimits, storySchema, storyVersion, type Story } from "./storySchema";

export type StoryReading = { ok: true; story: Story } | { ok: false; message: string };

const fail = (message: string): StoryReading => ({ ok: false, message });

/**
 * A story from untrusted JSON text (a file, a link): the story, or a message that names
 * the input and what is wrong with it. Nothing is thrown, nothing is saved here.
 */
export function readStory(text: string, inputName: string): StoryReading {
  if (text.length > storyLimits.fileBytes) return fail(`${inputName} is too large for a story (over ${storyLimits.fileBytes / 1024} KB).`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(`${inputName} is not a story file: it is not valid JSON.`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return fail(`${inputName} is not a story file: it holds no story object.`);
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== storyFormat) return fail(`${inputName} is not a story file of Council Explorer (its "format" is not "${storyFormat}").`);
  if (typeof version === "number" && version > storyVersion) {
    return fail(`${inputName} was made by a newer version of Council Explorer (story version ${version}); this one reads version ${storyVersion}.`);
  }
  const parsed = storySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` at ${describePath(issue.path)}` : "";
    return fail(`${inputName} is not a valid story${where}: ${issue.message}.`);
  }
  return { ok: true, story: parsed.data };
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? (path[i - 1] === "steps" ? `step ${part + 1}` : `item ${part + 1}`) : String(part))).filter((part) => part !== "steps").join(", ");
}
