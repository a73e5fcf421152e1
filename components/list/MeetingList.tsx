"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { rovingTarget } from "@/components/hooks/rovingKeys";
import { useRovingFocus } from "@/components/hooks/useRovingFocus";
import { useDatasetIndex, useDerivedSelectors, useExplorer, useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import { countLabel, meetingListCaption } from "@/lib/details/format";
import type { Meeting } from "@/lib/model/schema";
import { selectSelection } from "@/lib/store/selectors";
import { MeetingRow } from "./MeetingRow";
import { initialRange, pageSize, rangeContaining, showEarlier, showMore, type RowRange } from "./pageRange";
import styles from "./MeetingList.module.css";
import { groupDigits } from "@/lib/text/groupDigits";

const rowKeys = { axis: "vertical", homeEnd: true, pageStep: 10 } as const;


/**
 * The meetings the time window and filters let through (in a view of every year, those of
 * the focus year unless a window is set: listWindow), as an ARIA grid of rows: one row
 * is in the tab order (roving tabindex), arrows move, Enter or Space selects, Ctrl/Cmd adds.
 */
export function MeetingList() {
  const store = useExplorerStoreApi();
  const index = useDatasetIndex();
  const { selectListedMeetings, selectListWindow, selectHighlightedMeetings } = useDerivedSelectors();
  const meetings = useExplorer(selectListedMeetings);
  const selection = useExplorer(selectSelection);
  const highlighted = useExplorer(selectHighlightedMeetings);
  const listWindow = useExplorer(selectListWindow);
  const subjectAreas = index.dataset.subjectAreas;
  // The range belongs to one list: new filters or a new window start again from the top.
  const [paging, setPaging] = useState<{ list: Meeting[]; range: RowRange }>(() => ({ list: meetings, range: initialRange(meetings.length) }));
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const captionId = useId();

  const positions = useMemo(() => new Map(meetings.map((meeting, i) => [meeting.id, i])), [meetings]);
  const areas = useMemo(() => new Map(subjectAreas.map((area) => [area.id, area])), [subjectAreas]);
  const nameOf = useCallback((id: string) => index.entitiesById.get(id)?.name ?? id, [index]);
  const selected = useMemo(() => new Set(selection.meetings), [selection.meetings]);

  // A meeting selected elsewhere (timeline, graph, search) is always among the rendered rows.
  const firstSelected = selection.meetings.find((id) => positions.has(id));
  const baseRange = paging.list === meetings ? paging.range : initialRange(meetings.length);
  const range = firstSelected === undefined ? baseRange : rangeContaining(positions.get(firstSelected)!, baseRange, meetings.length);
  const shownRows = meetings.slice(range.from, range.to);
  const roving = useRovingFocus(shownRows.map((meeting) => meeting.id), (id) => rows.current.get(id), firstSelected);
  const setRange = (next: RowRange) => setPaging({ list: meetings, range: next });

  const register = useCallback((id: string, row: HTMLTableRowElement | null) => {
    if (row) rows.current.set(id, row);
    else rows.current.delete(id);
  }, []);
  const select = useCallback((id: string, additive: boolean) => store.getState().selectMeeting(id, { additive }), [store]);
  const onRowClick = useCallback((id: string, event: MouseEvent) => select(id, event.ctrlKey || event.metaKey), [select]);
  const { setActiveId } = roving;
  const onRowFocus = useCallback((id: string) => setActiveId(id), [setActiveId]);

  useEffect(() => {
    if (firstSelected !== undefined) rows.current.get(firstSelected)?.scrollIntoView?.({ block: "nearest" });
  }, [firstSelected]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const id = (event.target as HTMLElement).closest("tr")?.dataset.meetingId;
    if (!id) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      setRange(range);
      select(id, event.ctrlKey || event.metaKey);
      return;
    }
    const position = rovingTarget(event.key, positions.get(id) ?? 0, meetings.length, rowKeys);
    if (position === null) return;
    event.preventDefault();
    const target = meetings[position]!;
    // A row beyond the shown range is rendered first, then focused.
    setRange(rangeContaining(position, range, meetings.length));
    roving.focusItem(target.id);
  };

  const partial = range.from > 0 || range.to < meetings.length;

  return (
    <div className={styles.list}>
      {range.from > 0 && (
        <div className={styles.pager}>
          <button type="button" className={styles.more} onClick={() => setRange(showEarlier(range))}>
            Show {countLabel(Math.min(pageSize, range.from), "earlier meeting", "earlier meetings")}
          </button>
        </div>
      )}
      <div className={styles.scroller}>
        <table role="grid" aria-label="Meetings" aria-describedby={captionId} aria-multiselectable="true" aria-rowcount={meetings.length + 1} className={styles.table}>
          <caption id={captionId} className={styles.caption}>
            {meetingListCaption(meetings.length, listWindow)}
            {partial && (
              <span className={styles.captionNote}>
                {" "}
                (showing {groupDigits(range.from + 1)} to {groupDigits(range.to)})
              </span>
            )}
          </caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className={styles.colDate}>
                Date<span className={styles.dateHeaderMore}> and meeting</span>
              </th>
              <th scope="col" className={styles.colNumber}>Meeting</th>
              <th scope="col">Topic</th>
              <th scope="col" className={styles.colOutcome}>Outcome</th>
              <th scope="col" className={styles.colArea}>
                Subject area
              </th>
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {shownRows.map((meeting, i) => (
              <MeetingRow
                key={meeting.id}
                meeting={meeting}
                rowIndex={range.from + i + 2}
                selected={selected.has(meeting.id)}
                highlighted={highlighted.has(meeting.id)}
                tabbable={meeting.id === roving.tabbableId}
                area={areas.get(meeting.subjectArea)}
                nameOf={nameOf}
                register={register}
                onRowClick={onRowClick}
                onRowFocus={onRowFocus}
              />
            ))}
          </tbody>
        </table>
        {meetings.length === 0 && <p className={styles.empty}>No meetings in this time window pass the current filters.</p>}
      </div>
      {range.to < meetings.length && (
        <div className={styles.pager}>
          <button type="button" className={styles.more} onClick={() => setRange(showMore(range, meetings.length))}>
            Show {countLabel(Math.min(pageSize, meetings.length - range.to), "more meeting", "more meetings")} ({groupDigits(meetings.length - range.to)} not shown)
          </button>
        </div>
      )}
    </div>
  );
}
