import { z } from "zod";

// A story is data: a title, an author line and steps, each step a view (the URL state of
// lib/store/urlState.ts, as a query string) and a short caption. Files and links carry it
// in this one versioned shape; the app reads only the versions it knows.

export const storyFormat = "council-explorer-story";
export const storyVersion = 1;

export const storyLimits = {
  /** A story file larger than this is refused before it is read. */
  fileBytes: 256 * 1024,
  steps: 100,
  title: 200,
  author: 200,
  caption: 1200,
  view: 2000,
} as const;

// C0 controls other than tab and newline, DEL and the C1 range, and bidirectional
// overrides: nothing a caption needs, and the last could disguise what a caption says.
const hiddenCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const plainText = (max: number) => z.string().max(max).transform((text) => text.replace(hiddenCharacters, ""));

/** Keys a step's view may not carry: a step is a view, not a story inside a story. */
const storyKeys = ["story", "step"];

const viewSchema = z
  .string()
  .max(storyLimits.view)
    .refine((view) => !/[\u0000-\u001F\u007F]/.test(view), "a view may not contain control characters")
  .transform((view) => {
    const params = new URLSearchParams(view.replace(/^\?/, ""));
    for (const key of storyKeys) params.delete(key);
    return params.toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
  });

export const storyStepSchema = z.object({
  view: viewSchema,
  caption: plainText(storyLimits.caption),
});

export const storySchema = z.object({
  format: z.literal(storyFormat),
  version: z.literal(storyVersion),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "an id of letters, digits, - and _ (at most 64)"),
  title: plainText(storyLimits.title).refine((title) => title.trim().length > 0, "a title is needed"),
  author: plainText(storyLimits.author),
  steps: z.array(storyStepSchema).min(1, "a story needs at least one step").max(storyLimits.steps),
});

export type Story = z.infer<typeof storySchema>;
export type StoryStep = Story["steps"][number];
