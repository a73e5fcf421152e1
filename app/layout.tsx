import type { Metadata } from "next";
import { OfflineSupport } from "@/components/offline/OfflineSupport";
import { defaultYear } from "@/lib/data/dataIndex";
import "./globals.css";

export const metadata: Metadata = {
  title: `Council Explorer — the Security Council in ${defaultYear}`,
  description: `A timeline of the UN Security Council's ${defaultYear} meetings beside a graph of who took part, with the source of every link.`,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <OfflineSupport />
      </body>
    </html>
  );
}
