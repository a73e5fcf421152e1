"use client";

import { selectNotice } from "@/lib/store/selectors";
import { useExplorer } from "@/lib/store/ExplorerStoreProvider";
import styles from "./Explorer.module.css";

export function NoticeBanner() {
  const notice = useExplorer(selectNotice);
  const setNotice = useExplorer((state) => state.setNotice);
  if (!notice) return null;
  return (
    <div className={styles.notice} role="status">
      <span>{notice}</span>
      <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss notice">
        ×
      </button>
    </div>
  );
}
