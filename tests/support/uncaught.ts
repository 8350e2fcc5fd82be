/**
 * Records what a browser test leaves uncaught: `error` and `unhandledrejection` events on the
 * window. Call in `beforeEach`; the returned function stops recording and gives what was seen.
 */
export function watchUncaught(): () => string[] {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    return seen;
  };
}
