import type { ReactNode } from "react";

export type HeadingLevel = 2 | 3 | 4 | 5;

/** Details nest one level deeper when they sit under a list of several selected items. */
export function Heading({ level, className, id, children }: { level: HeadingLevel; className?: string; id?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={className} id={id}>
      {children}
    </Tag>
  );
}

export const deeper = (level: HeadingLevel): HeadingLevel => (level < 5 ? ((level + 1) as HeadingLevel) : 5);
