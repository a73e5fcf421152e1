"use client";

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { requestDetailsReveal } from "@/components/hooks/detailsReveal";
import { rovingTarget } from "@/components/hooks/rovingKeys";
import { useDatasetIndex } from "@/lib/store/ExplorerStoreProvider";
import { useChoose } from "@/lib/store/useChoose";
import type { DatasetIndex } from "@/lib/model/dataset";
import { buildSearchIndex, searchIndex, yearInQuery, type SearchIndex, type SearchResult } from "@/lib/search/searchIndex";
import { ResultIcon } from "./ResultIcon";
import { useSearchShortcut } from "./useSearchShortcut";
import styles from "./SearchBox.module.css";

// Focus stays in the field (aria-activedescendant); Home and End keep moving its caret.
const optionKeys = { axis: "vertical", wrap: true } as const;

export const searchLabel = "Search meetings, states, organizations, people";

interface SearchBoxProps {
  /** Years data/ holds that the page has not loaded (all but the default year until "All years"). */
  unloadedYears?: readonly number[];
  /** Load every year, for a search that names one not loaded yet. */
  onLoadAllYears?(): void;
}

const noYears: readonly number[] = [];

/**
 * An ARIA 1.2 combobox over meetings and entities; choosing a result selects it in every
 * view and moves focus to its record in the details panel, so the keyboard goes on from there.
 */
export function SearchBox({ unloadedYears = noYears, onLoadAllYears }: SearchBoxProps) {
  const index = useDatasetIndex();
  const { chooseMeeting, chooseEntity } = useChoose();
  // Indexing all years (~9,500 meetings) takes a moment, so it waits until the field is first used.
  const [built, setBuilt] = useState<{ source: DatasetIndex; search: SearchIndex } | null>(null);
  const search = built?.source === index ? built.search : null;
  const ensureBuilt = () => {
    if (!search) setBuilt({ source: index, search: buildSearchIndex(index.dataset) });
  };
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const listbox = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const hintId = `${baseId}-hint`;
  const optionId = (i: number) => `${baseId}-option-${i}`;
  useSearchShortcut(input);

  const { results, total } = useMemo(() => (search ? searchIndex(search, query) : { results: [], total: 0 }), [search, query]);
  const trimmed = query.trim();
  const expanded = open && trimmed !== "" && results.length > 0;
  const noMatch = open && search !== null && trimmed !== "" && results.length === 0;
  const unloadedYear = noMatch ? yearInQuery(trimmed) : null;
  const offerYears = unloadedYear !== null && unloadedYears.includes(unloadedYear) && onLoadAllYears !== undefined;
  const activeIndex = expanded && active < results.length ? active : -1;

  useEffect(() => {
    if (activeIndex < 0) return;
    listbox.current?.querySelector(`[data-index="${activeIndex}"]`)?.scrollIntoView({ block: "nearest" });
  }, [activeIndex]);

  const choose = (result: SearchResult) => {
    if (result.kind === "meeting") chooseMeeting(result.id);
    else chooseEntity(result.id);
    setQuery("");
    setOpen(false);
    setActive(-1);
    requestDetailsReveal({ id: result.id, focus: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (results.length === 0) return;
        event.preventDefault();
        setOpen(true);
        const key = event.key;
        setActive((current) => rovingTarget(key, current, results.length, optionKeys) ?? current);
        return;
      }
      case "Enter": {
        // Enter without moving through the list takes the best match: type "4739", press Enter.
        const result = results[activeIndex >= 0 ? activeIndex : 0];
        if (!result || trimmed === "") return;
        event.preventDefault();
        choose(result);
        return;
      }
      case "Escape":
        // Close first, then clear; only an empty, closed box lets Escape reach the page (clear selection).
        if (expanded) setOpen(false);
        else if (query !== "") setQuery("");
        else return;
        event.preventDefault();
        event.stopPropagation();
        setActive(-1);
        return;
    }
  };

  return (
    <div className={styles.search} role="search">
      <label className={styles.label} htmlFor={`${baseId}-input`}>
        {searchLabel}
      </label>
      <div className={styles.field}>
        <input
          ref={input}
          id={`${baseId}-input`}
          className={styles.input}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={hintId}
          placeholder="4739, veto, Mexico, S/RES/1483, March 2003…"
          value={query}
          onChange={(event) => {
            ensureBuilt();
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => {
            ensureBuilt();
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {/* Keycaps mean nothing on a phone: hidden where there is no hover and a coarse pointer. */}
        <span id={hintId} className={styles.hint}>
          <kbd>Ctrl</kbd>
          <kbd>K</kbd>
          <span className="visually-hidden"> or Command K, or slash, focuses this field from anywhere</span>
        </span>
      </div>
      <div className={styles.popup} hidden={!expanded}>
        <ul ref={listbox} id={listboxId} role="listbox" aria-label="Search results" className={styles.listbox}>
          {expanded &&
            results.map((result, i) => (
              <li
                key={`${result.kind}:${result.id}`}
                id={optionId(i)}
                data-index={i}
                role="option"
                aria-label={result.label}
                aria-selected={i === activeIndex}
                className={styles.option}
                // Keep focus in the field so the combobox stays the one place the keyboard is.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(i)}
                onClick={() => choose(result)}
              >
                <span className={styles.icon}>
                  <ResultIcon type={result.type} />
                </span>
                <span className={styles.optionText}>
                  <span className={styles.optionType}>{result.typeLabel}</span>
                  <span className={styles.optionTitle}>{result.title}</span>
                  <span className={styles.optionDetail}> — {result.detail}</span>
                  {result.outcome && <span className={styles.optionOutcome}>{result.outcome}</span>}
                </span>
              </li>
            ))}
        </ul>
        {expanded && total > results.length && <p className={styles.more}>{total - results.length} more match; type more to narrow the list.</p>}
      </div>
      {/* Always in the page, so a screen reader hears the message when it appears. */}
      <p role="status" className={noMatch && !offerYears ? styles.empty : "visually-hidden"}>
        {noMatch ? (offerYears ? `${unloadedYear} is not loaded yet.` : `No match for “${trimmed}” in the loaded meetings, names and offices.`) : ""}
      </p>
      {offerYears && (
        <p className={styles.empty}>
          {unloadedYear} is not loaded yet.{" "}
          <button
            type="button"
            className={styles.loadYears}
            // The field keeps focus until the button acts, so the pop-up does not close under the pointer.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              onLoadAllYears?.();
              setOpen(false);
            }}
          >
            Load all years to search it
          </button>
        </p>
      )}
    </div>
  );
}
