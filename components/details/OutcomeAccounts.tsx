import type { VetoAccount } from "@/lib/model/schema";
import { vetoAccountText } from "@/lib/details/voteRecord";
import { formatDate } from "@/lib/text/calendar";
import { EvidenceNote } from "./EvidenceNote";
import styles from "./Details.module.css";

/** Where the year table and the veto list disagree about a draft: both accounts, and which one the record follows. */
export function OutcomeAccounts({ accounts, nameOf }: { accounts: readonly VetoAccount[]; nameOf: (id: string) => string }) {
  return (
    <div className={styles.accounts} role="note" aria-label="Two veto accounts">
      <p className={styles.accountsLead}>
        <strong>Two accounts disagree.</strong> The record follows the veto list on who vetoed; the meeting, date and vote are the year table&apos;s.
      </p>
      <ul>
        {accounts.map((account) => (
          <li key={account.source}>
            {vetoAccountText(account, nameOf, formatDate)} · <EvidenceNote evidence={account.evidence} />
          </li>
        ))}
      </ul>
    </div>
  );
}
