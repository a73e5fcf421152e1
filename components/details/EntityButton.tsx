import styles from "./Details.module.css";

/** An entity's name that selects it, so every view moves to that entity. */
export function EntityButton({ id, name, onSelect }: { id: string; name: string; onSelect: (id: string) => void }) {
  return (
    <button type="button" className={styles.linkButton} onClick={() => onSelect(id)}>
      {name}
    </button>
  );
}
