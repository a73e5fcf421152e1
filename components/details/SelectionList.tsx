import { Heading, type HeadingLevel } from "./Heading";
import styles from "./Details.module.css";

interface SelectionListProps {
  heading: string;
  items: Array<{ id: string; label: string }>;
  expandedId: string;
  level: HeadingLevel;
  onExpand: (id: string) => void;
}

/** Several selected items: a compact list, one of them expanded below it. Expanding leaves the selection alone. */
export function SelectionList({ heading, items, expandedId, level, onExpand }: SelectionListProps) {
  return (
    <div className={styles.selectionList}>
      <Heading level={level} className={styles.title}>
        {heading} <span className={styles.count}>({items.length})</span>
      </Heading>
      <ul className={styles.compact}>
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={styles.compactButton}
              aria-current={item.id === expandedId ? "true" : undefined}
              onClick={() => onExpand(item.id)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
