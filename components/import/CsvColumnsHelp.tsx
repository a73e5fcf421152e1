import { csvColumnGuide } from "@/lib/imports/csvColumnGuide";
import styles from "./Import.module.css";

/** How to write a CSV the import reads: its columns, closed until asked for. */
export function CsvColumnsHelp() {
  return (
    <details className={styles.columnsHelp}>
      <summary>Columns of a CSV</summary>
      <p>A header row names the columns, in any order; then one row per participant. Fields with commas go in double quotes.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Required</th>
            <th scope="col">What it holds</th>
          </tr>
        </thead>
        <tbody>
          {csvColumnGuide.map((help) => (
            <tr key={help.column}>
              <th scope="row">
                <code>{help.column}</code>
              </th>
              <td>
                {help.required ? <span className={styles.stackedOnly}>Required: </span> : null}
                {help.required}
              </td>
              <td>{help.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
