// A request, from wherever a choice is made (search, a tap on the timeline, a meeting in
// a record), that the details panel bring the chosen item into view once it shows it,
// and take the keyboard focus if asked. The chooser cannot do it: the panel renders the
// new item only after the store has changed.

export interface DetailsRevealRequest {
  /** The meeting or entity id the panel should be showing. */
  id: string;
  /** Move focus to its heading (after a keyboard choice, or a tap on a phone). */
  focus: boolean;
}

type Listener = (request: DetailsRevealRequest) => void;

const listeners = new Set<Listener>();

export function requestDetailsReveal(request: DetailsRevealRequest): void {
  for (const listener of [...listeners]) listener(request);
}

/** The details panel listens; returns the unsubscribe. */
export function onDetailsRevealRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
