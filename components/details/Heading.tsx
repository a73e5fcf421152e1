import type { ReactNode } from "react";

export type HeadingLevel = 2 | 3 | 4 | 5;

/** Details nest one level deeper when they sit under a list of several selected items. */
/** `detailsId` marks the heading of a shown record: it takes focus (tabIndex -1) when the panel is asked to reveal that record. */
export function Heading({ level, className, id, detailsId, children }: { level: HeadingLevel; className?: string; id?: string; detailsId?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={className} id={id} data-details-id={detailsId} tabIndex={detailsId ? -1 : undefined}>
      {children}
    </Tag>
  );
}

export const deeper = (level: HeadingLevel): HeadingLevel => (level < 5 ? ((level + 1) as HeadingLevel) : 5);
