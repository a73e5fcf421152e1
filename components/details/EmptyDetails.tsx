import styles from "./Details.module.css";

/** What the panel says before anything is chosen: how to choose something. */
export function EmptyDetails() {
  return (
    <div className={styles.details}>
      <h2 className={styles.title}>Details</h2>
      <p>Nothing is selected yet. Choose a meeting or a participant to see its record, its sources and its links.</p>
      <ul className={styles.help}>
        <li className={styles.pointerOnly}>Click a meeting on the timeline or in the list, or a node in the graph.</li>
        <li className={styles.touchOnly}>Tap a meeting on the timeline or a node in the graph, or search above.</li>
        <li className={styles.pointerOnly}>
          Press <kbd>Ctrl</kbd> + <kbd>K</kbd> (<kbd>⌘</kbd> + <kbd>K</kbd> on a Mac) or <kbd>/</kbd> to search meetings, states, organizations and people.
        </li>
        <li className={styles.pointerOnly}>
          Hold <kbd>Shift</kbd> and drag on the timeline to pick a time window.
        </li>
        <li className={styles.pointerOnly}>
          Hold <kbd>Ctrl</kbd> (<kbd>⌘</kbd>) while clicking to select several items.
        </li>
        <li className={styles.pointerOnly}>
          Press <kbd>Esc</kbd> to clear the selection.
        </li>
      </ul>
      <p className={styles.muted}>Links the app infers, such as the month&apos;s presidency or a country named in a topic, are marked <em>inferred</em>.</p>
    </div>
  );
}
