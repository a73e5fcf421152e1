"use client";

import { useMemo, useState } from "react";
import ui from "@/components/dialog/Dialog.module.css";
import { ModalDialog } from "@/components/dialog/ModalDialog";
import { useViewFigureRegistry } from "@/components/hooks/viewFigures";
import { selectionCsv, selectionJson } from "@/lib/export/selectionExport";
import { sourceLine } from "@/lib/export/sourceLine";
import { useDatasetIndex, useExplorer } from "@/lib/store/ExplorerStoreProvider";
import { selectSelection, shareableOf } from "@/lib/store/selectors";
import { followAlongSearch } from "@/lib/stories/followLink";
import { buildFigure, type FigureChoice } from "./buildFigure";
import { downloadBlob, fileNameOf } from "./download";
import styles from "./Export.module.css";
import { PrintHandout, type HandoutSubject } from "./PrintHandout";
import { QrCode } from "./QrCode";
import { svgToPng } from "./rasterize";

interface ExportDialogProps {
  onClose(): void;
  scope: { allYears: boolean; focusYear: number | null };
}

const choices: { value: FigureChoice; label: string }[] = [
  { value: "both", label: "Timeline and graph" },
  { value: "timeline", label: "Timeline" },
  { value: "graph", label: "Graph" },
];


/** Share the view (link and QR code), take it away as a picture or as data, print a handout. Loaded when first opened. */
export default function ExportDialog({ onClose, scope }: ExportDialogProps) {
  const index = useDatasetIndex();
  const registry = useViewFigureRegistry();
  const selection = useExplorer(selectSelection);
  const state = useExplorer((current) => current);
  const [choice, setChoice] = useState<FigureChoice>("both");
  const [title, setTitle] = useState(() => (typeof document === "undefined" ? "" : (document.querySelector("h1")?.textContent ?? "The Security Council")));
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [handout, setHandout] = useState<HandoutSubject | null>(null);

  const link = useMemo(() => {
    const search = followAlongSearch(shareableOf(state), scope);
    return `${window.location.origin}${window.location.pathname}${search ? `?${search}` : ""}`;
  }, [state, scope]);
  const source = useMemo(() => sourceLine(index.dataset, new Date().toISOString().slice(0, 10), link), [index, link]);
  const selectedCount = selection.meetings.length + selection.entities.length;

  const picture = async (format: "svg" | "png", scale = 1) => {
    let figure: ReturnType<typeof buildFigure>;
    try {
      figure = registry ? buildFigure(registry, choice, title.trim() || "Council Explorer", source) : { error: "The views are not ready." };
    } catch (failure) {
      figure = { error: `The picture could not be made: ${(failure as Error).message}` };
    }
    if ("error" in figure) return setMessage({ kind: "error", text: figure.error });
    const stem = fileNameOf(`${title} ${choice}`, "").replace(/\.$/, "");
    if (format === "svg") downloadBlob(new Blob([figure.svg], { type: "image/svg+xml" }), `${stem}.svg`);
    else {
      try {
        downloadBlob(await svgToPng(figure.svg, figure.width, figure.height, scale), `${stem}${scale > 1 ? `@${scale}x` : ""}.png`);
      } catch (failure) {
        return setMessage({ kind: "error", text: `The PNG could not be made: ${(failure as Error).message}` });
      }
    }
    setMessage({ kind: "info", text: `Saved a ${format.toUpperCase()}${format === "png" ? ` at ${scale}×, ${Math.round(figure.width * scale)} × ${Math.round(figure.height * scale)} px` : ""}.` });
  };
  const data = (format: "csv" | "json") => {
    const text = format === "csv" ? selectionCsv(index, selection) : selectionJson(index, selection, { sourceLine: source, link });
    downloadBlob(new Blob([text], { type: format === "csv" ? "text/csv;charset=utf-8" : "application/json" }), fileNameOf(`selection ${title}`, format));
    setMessage({ kind: "info", text: `Saved the ${selectedCount} selected ${selectedCount === 1 ? "record" : "records"} as ${format.toUpperCase()}.` });
  };
  const subject: HandoutSubject | null = selection.meetings[0] ? { kind: "meeting", id: selection.meetings[0] } : selection.entities[0] ? { kind: "entity", id: selection.entities[0] } : null;
  const print = () => {
    if (!subject) return;
    setHandout(subject);
    // The handout is in the page once React has rendered it; print after that frame.
    requestAnimationFrame(() => window.print());
  };

  return (
    <ModalDialog title="Export and share" onClose={onClose}>
      {message ? (
        <p className={`${ui.message} ${message.kind === "error" ? ui.error : ""}`} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
      <section className={styles.section} aria-labelledby="export-follow">
        <h3 id="export-follow">Follow along</h3>
        <div className={styles.follow}>
          <QrCode text={link} size={180} className={styles.qr} />
          <div>
            <label className={ui.fieldLabel}>
              Link to this view
              <input className={`${ui.field} ${ui.linkField}`} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
            </label>
            <button type="button" className={ui.button} onClick={() => void navigator.clipboard?.writeText(link).then(() => setMessage({ kind: "info", text: "Link copied." }), () => {})}>
              Copy link
            </button>
            <p className={styles.note}>Students who open it see exactly this view{state.story ? ", at this step of the story, and can step on themselves" : ""}.</p>
          </div>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="export-picture">
        <h3 id="export-picture">Picture</h3>
        <fieldset className={styles.choices}>
          <legend>Views</legend>
          {choices.map((option) => (
            <label key={option.value}>
              <input type="radio" name="figure-views" checked={choice === option.value} onChange={() => setChoice(option.value)} /> {option.label}
            </label>
          ))}
        </fieldset>
        <label className={ui.fieldLabel}>
          Title on the picture
          <input className={ui.field} value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <div className={ui.actions}>
          <button type="button" className={ui.button} onClick={() => void picture("png", 1)}>
            Download PNG 1×
          </button>
          <button type="button" className={ui.button} onClick={() => void picture("png", 2)}>
            Download PNG 2×
          </button>
          <button type="button" className={ui.button} onClick={() => void picture("svg")}>
            Download SVG
          </button>
        </div>
        <p className={styles.note}>With the legend, the title and a line naming the sources and today&apos;s date.</p>
      </section>
      <section className={styles.section} aria-labelledby="export-data">
        <h3 id="export-data">Data of the selection</h3>
        <div className={ui.actions}>
          <button type="button" className={ui.button} disabled={selectedCount === 0} onClick={() => data("csv")}>
            Download CSV
          </button>
          <button type="button" className={ui.button} disabled={selectedCount === 0} onClick={() => data("json")}>
            Download JSON
          </button>
          <button type="button" className={ui.button} disabled={!subject} onClick={print}>
            Print a handout
          </button>
        </div>
        <p className={styles.note}>
          {selectedCount === 0
            ? "Select meetings or entities first: the files hold the selected records with their evidence; the handout is for one meeting or organization."
            : `${selectedCount} selected ${selectedCount === 1 ? "record" : "records"}, each with the evidence it rests on. The handout is for ${subject?.kind === "meeting" ? `meeting ${subject.id}` : index.entitiesById.get(subject?.id ?? "")?.name}.`}
        </p>
      </section>
      {handout ? <PrintHandout index={index} subject={handout} link={link} sourceLine={source} /> : null}
    </ModalDialog>
  );
}
