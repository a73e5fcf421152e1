// Full screen is the browser's to grant: it needs a user's gesture and may be refused
// (an iframe without allow="fullscreen", some kiosks). Presentation works without it.

export function requestFullScreen(): void {
  if (document.fullscreenElement || !document.documentElement.requestFullscreen) return;
  document.documentElement.requestFullscreen().catch(() => {});
}

export function exitFullScreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

/** Enter presentation mode from a click or key (the gesture full screen needs). */
export function enterPresentation(setPresenting: (presenting: boolean) => void): void {
  setPresenting(true);
  requestFullScreen();
}
