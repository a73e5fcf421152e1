"use client";

import { useEffect, useState } from "react";
import { afterPageInteractive } from "@/components/hooks/pageInteractive";
import { networkAnswers, SERVICE_WORKER_URL } from "@/lib/offline/networkAnswers";
import styles from "./OfflineSupport.module.css";

/** On a page that never says it is interactive (not found; a load that failed), register after this. */
const REGISTER_AT_THE_LATEST_MS = 10_000;
/** While the server does not answer, it is asked again this often, so the notice goes when the network is back. */
const RECHECK_OFFLINE_MS = 10_000;

/**
 * Registers the service worker that keeps the page usable offline, and says so when a new
 * version is ready: it waits for the user's word, so a lesson is never reloaded under the
 * teacher. Says plainly when the network is gone. Registration waits until the page is
 * interactive (its install fetches ~3.5 MB beside the page's own work otherwise), loads
 * its helper library then (split off), and happens only in a production build.
 */
export function OfflineSupport() {
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let recheck: number | undefined;
    const update = async () => {
      window.clearTimeout(recheck);
      if (!navigator.onLine) return setOffline(true);
      // A page the service worker served may be the saved copy with the network gone while
      // the browser still says it is online: ask the server, and again until it answers.
      if (!navigator.serviceWorker?.controller) return setOffline(false);
      const answers = await networkAnswers(fetch);
      if (cancelled) return;
      setOffline(!answers);
      if (!answers) recheck = window.setTimeout(() => void update(), RECHECK_OFFLINE_MS);
    };
    const onChange = () => void update();
    onChange();
    window.addEventListener("online", onChange);
    window.addEventListener("offline", onChange);
    return () => {
      cancelled = true;
      window.clearTimeout(recheck);
      window.removeEventListener("online", onChange);
      window.removeEventListener("offline", onChange);
    };
  }, []);

  useEffect(() => {
    // The bench pages measure a cold start; a worker precaching beside them would skew it.
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator) || window.location.pathname.startsWith("/bench")) return;
    let cancelled = false;
    void afterPageInteractive(REGISTER_AT_THE_LATEST_MS).then(() => import("@serwist/window")).then(({ Serwist }) => {
      if (cancelled) return;
      const worker = new Serwist(SERVICE_WORKER_URL, { scope: "/" });
      worker.addEventListener("waiting", () => {
        setApplyUpdate(() => () => {
          worker.addEventListener("controlling", () => window.location.reload());
          worker.messageSkipWaiting();
        });
      });
      // A failed registration leaves the page as it is: online, as before.
      worker.register().catch(() => {});
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!applyUpdate && !offline) return null;
  return (
    <div className={styles.notice} role="status">
      {offline ? <p>You are offline. The saved copy of the explorer is shown; years not opened before need the network.</p> : null}
      {applyUpdate ? (
        <p>
          A new version of Council Explorer is ready.{" "}
          <button type="button" className={styles.button} onClick={applyUpdate}>
            Reload now
          </button>
        </p>
      ) : null}
    </div>
  );
}
