import type { DocumentLink as DocumentLinkData } from "@/lib/details/documentLinks";
import styles from "./Details.module.css";

/** A link to an official document by its symbol; it opens beside the explorer, which keeps its state. */
export function DocumentLink({ document }: { document: DocumentLinkData }) {
  return (
    <a className={styles.documentLink} href={document.url} target="_blank" rel="noopener noreferrer">
      <span className={styles.symbol}>{document.symbol}</span>
      <span className={styles.documentKind}>{document.label}</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
