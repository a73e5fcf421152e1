import type { Problem } from "@/lib/sources/problem";
import styles from "./Import.module.css";

const shown = 50;

/** What the parser could not read, each with its line and the text around it (as text, never markup). */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return <p>The parser read everything it was given.</p>;
  return (
    <div className={styles.problems}>
      <h4>
        {problems.length} problem{problems.length === 1 ? "" : "s"} (left out, not guessed)
      </h4>
      <ol>
        {problems.slice(0, shown).map((problem, i) => (
          <li key={`${problem.line}-${problem.code}-${i}`}>
            <span className={styles.line}>line {problem.line}</span> {problem.message}
            {problem.excerpt ? <q className={styles.excerpt}>{problem.excerpt}</q> : null}
          </li>
        ))}
      </ol>
      {problems.length > shown ? <p>and {problems.length - shown} more.</p> : null}
    </div>
  );
}
