"use client";

import { Component, type ErrorInfo, type ReactNode } from "react";
import styles from "./Explorer.module.css";

interface ViewErrorBoundaryProps {
  /** The view in the user's words, as the message names it: "The timeline". */
  name: string;
  children: ReactNode;
}

interface ViewErrorBoundaryState {
  error: Error | null;
}

/**
 * The last line of defence: a view that throws is replaced by a message that names it
 * and the fault, with a way back (try the view again, or open the explorer without the
 * link's settings), while the other views keep working. Links and data are validated
 * before they reach a view; this catches what validation did not foresee.
 */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, ViewErrorBoundaryState> {
  state: ViewErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ViewErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever reports it; the page shows the short form.
    console.warn(`${this.props.name} failed`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className={styles.viewError} role="alert">
        <p>
          <strong>{this.props.name} could not be shown.</strong> {error.message.slice(0, 300)}
        </p>
        <p className={styles.viewErrorActions}>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          {/* A full load of the bare page, not a client-side route change: no state of this link's survives. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">Open the explorer afresh</a>
        </p>
      </div>
    );
  }
}
