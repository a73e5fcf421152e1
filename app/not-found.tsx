import Link from "next/link";
import styles from "./not-found.module.css";

export const metadata = { title: "Page not found — Council Explorer" };

/** Any address the site does not have (out/404.html): say so, and lead back to the explorer. */
export default function NotFound() {
  return (
    <main className={styles.page}>
      <h1 className={styles.title}>This page is not part of Council Explorer</h1>
      <p>The address may be mistyped, or it may point to a page that has moved. The meetings, states and organizations are all in the explorer.</p>
      <p>
        <Link href="/" className={styles.home}>
          Go to the explorer
        </Link>
      </p>
    </main>
  );
}
