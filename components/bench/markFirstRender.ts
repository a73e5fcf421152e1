/**
 * The bench page contract's first-render mark (../shared/bench/README.md): after the frame
 * that shows the first render, and a task. Every bench page marks this way, so their
 * figures compare like with like.
 */
export function markFirstRender(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark("bench:first-render")));
}
