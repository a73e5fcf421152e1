"use client";

import { Suspense, useEffect, useRef, useState } from "react";
import { onDetailsRevealRequest, type DetailsRevealRequest } from "@/components/hooks/detailsReveal";
import { lazyWithPreload } from "@/components/hooks/lazyWithPreload";
import { whenIdle } from "@/components/hooks/whenIdle";
import { useReducedMotion } from "@/components/hooks/useReducedMotion";
import { useDatasetIndex, useExplorer, useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import { meetingTitle } from "@/lib/details/format";
import { selectSelection, selectStatedOnly } from "@/lib/store/selectors";
import { formatDate } from "@/lib/text/calendar";
import { useChoose } from "@/lib/store/useChoose";
import { EmptyDetails } from "./EmptyDetails";
import { SelectionList } from "./SelectionList";
import { WindowSummary } from "./WindowSummary";
import styles from "./Details.module.css";

// A record's full details load after the first paint (nothing is selected then) and are
// fetched while the page is idle, so the first click finds them ready.
const MeetingDetails = lazyWithPreload(() => import("./MeetingDetails").then((module) => module.MeetingDetails));
const EntityDetails = lazyWithPreload(() => import("./EntityDetails").then((module) => module.EntityDetails));

/** The selected meeting(s) and entity(ies) in full: record, outcomes, documents, participants and evidence. */
export function DetailsPanel() {
  const index = useDatasetIndex();
  const store = useExplorerStoreApi();
  const selection = useExplorer(selectSelection);
  const statedOnly = useExplorer(selectStatedOnly);
  const { chooseMeeting, chooseEntity } = useChoose();
  const [expandedMeeting, setExpandedMeeting] = useState<string | null>(null);
  const [expandedEntity, setExpandedEntity] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(
    () =>
      whenIdle(() => {
        void MeetingDetails.preload();
        void EntityDetails.preload();
      }),
    [],
  );

  const meetings = selection.meetings.flatMap((id) => index.meetingsById.get(id) ?? []);
  const entities = selection.entities.flatMap((id) => index.entitiesById.get(id) ?? []);
  // The expanded item falls back to the first one once it leaves the selection.
  const meeting = meetings.find((candidate) => candidate.id === expandedMeeting) ?? meetings[0];
  const entity = entities.find((candidate) => candidate.id === expandedEntity) ?? entities[0];

  // A new selection starts reading from the top, not wherever the last one was scrolled to.
  const firstId = selection.meetings[0] ?? selection.entities[0];
  useEffect(() => {
    panel.current?.scrollTo?.({ top: 0 });
  }, [firstId]);

  // Asked to reveal what was just chosen (search, a tap on a phone): done once the panel shows it.
  const pendingReveal = useRef<DetailsRevealRequest | null>(null);
  const [, setRevealRequests] = useState(0);
  useEffect(
    () =>
      onDetailsRevealRequest((request) => {
        pendingReveal.current = request;
        setRevealRequests((count) => count + 1);
        // A request the panel never gets to show (the choice was undone) must not fire later.
        // One whose record is still chosen waits on: on a slow machine the record's part of
        // the panel can take seconds to load, and a keyboard user's focus must still get there.
        const expireUnlessChosen = () =>
          setTimeout(() => {
            if (pendingReveal.current !== request) return;
            const { meetings, entities } = selectSelection(store.getState());
            if (meetings.includes(request.id) || entities.includes(request.id)) expireUnlessChosen();
            else pendingReveal.current = null;
          }, 1000);
        expireUnlessChosen();
      }),
    [store],
  );
  // The element inside the panel that last had focus: when a new selection replaces it, focus
  // goes to the new record's heading instead of falling to the page's body.
  const lastFocused = useRef<HTMLElement | null>(null);
  const reducedMotion = useReducedMotion();
  // Runs after every commit of the panel's content (CommitEffect below): a record that was
  // loading appears in a commit of its own, and is revealed or focused then.
  const afterContentCommit = () => {
    const root = panel.current;
    if (!root) return;
    const request = pendingReveal.current;
    if (request) {
      const heading = root.querySelector<HTMLElement>(`[data-details-id="${CSS.escape(request.id)}"]`);
      if (heading) {
        pendingReveal.current = null;
        revealHeading(heading, request.focus, reducedMotion);
        return;
      }
    }
    const lost = lastFocused.current;
    if (lost && !lost.isConnected && (document.activeElement === document.body || document.activeElement === null)) {
      (root.querySelector<HTMLElement>("[data-details-id]") ?? root).focus({ preventScroll: true });
    }
  };

  const severalMeetings = meetings.length > 1;
  const severalEntities = entities.length > 1;

  return (
    // Focusable so keyboard users can scroll a long list of participants.
    <aside
      ref={panel}
      className={styles.panel}
      aria-label="Details"
      tabIndex={0}
      onFocus={(event) => {
        lastFocused.current = event.target;
      }}
    >
      <Suspense fallback={<p role="status">Loading the record…</p>}>
        {!meeting && !entity && (
          <>
            <WindowSummary />
            <EmptyDetails />
          </>
        )}
        {meeting && (
          <>
            {severalMeetings && (
              <SelectionList
                heading="Selected meetings"
                level={2}
                items={meetings.map((item) => ({ id: item.id, label: `${meetingTitle(item)} — ${formatDate(item.date)} — ${item.topic}` }))}
                expandedId={meeting.id}
                onExpand={setExpandedMeeting}
              />
            )}
            <MeetingDetails meeting={meeting} index={index} statedOnly={statedOnly} level={severalMeetings ? 3 : 2} onSelectEntity={chooseEntity} />
          </>
        )}
        {entity && (
          <>
            {severalEntities && (
              <SelectionList
                heading="Selected participants"
                level={2}
                items={entities.map((item) => ({ id: item.id, label: item.name }))}
                expandedId={entity.id}
                onExpand={setExpandedEntity}
              />
            )}
            <EntityDetails
              entity={entity}
              index={index}
              statedOnly={statedOnly}
              level={severalEntities ? 3 : 2}
              onSelectEntity={chooseEntity}
              onSelectMeeting={chooseMeeting}
            />
          </>
        )}
        <CommitEffect effect={afterContentCommit} />
      </Suspense>
    </aside>
  );
}

/** Runs `effect` after each commit of the content beside it, including the one that ends a lazy part's loading. */
function CommitEffect({ effect }: { effect: () => void }) {
  useEffect(effect);
  return null;
}

/** Scrolls the heading to the top of the screen when it is not on it (a phone's stacked layout), and focuses it when asked. */
function revealHeading(heading: HTMLElement, focus: boolean, reducedMotion: boolean) {
  const box = heading.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) heading.scrollIntoView({ block: "start", behavior: reducedMotion ? "auto" : "smooth" });
  if (focus) heading.focus({ preventScroll: true });
}
