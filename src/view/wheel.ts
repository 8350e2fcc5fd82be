/**
 * The mouse wheel over an embedded drawing: by default it scrolls the page, as it does over an
 * embedded map, and zooms the drawing with Ctrl (⌘ on a Mac) or once the drawing has focus; a
 * page that wants the wheel to zoom at once says so.
 */

/** `cooperative`: the page scrolls unless Ctrl/⌘ is held or the drawing has focus; `zoom`: the wheel zooms. */
export type WheelMode = 'cooperative' | 'zoom';

/** The mode an attribute value names: `zoom`, else `cooperative`. */
export function parseWheel(value: string | null | undefined): WheelMode {
  return (value ?? '').trim().toLowerCase() === 'zoom' ? 'zoom' : 'cooperative';
}

const onMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The words of the hint shown when the wheel scrolled the page instead of zooming. */
export function wheelHint(mac = onMac()): string {
  return mac ? 'Use ⌘ + scroll to zoom the graph' : 'Use Ctrl + scroll to zoom the graph';
}

export interface WheelGuard {
  mode(): WheelMode;
  /** True while the drawing has focus: the reader is working in it, and the wheel zooms. */
  focused(): boolean;
  /** The wheel scrolled the page instead of zooming (a hint may say how to zoom). */
  refused(): void;
}

/**
 * Listens on `frame`, an ancestor of the drawing's container, before the drawing does (the
 * capture phase runs from the outside in), and keeps a wheel turn that should scroll the page
 * from reaching cytoscape, which would zoom and stop the page scrolling. Returns the release.
 */
export function guardWheel(frame: HTMLElement, guard: WheelGuard): () => void {
  const onWheel = (event: WheelEvent) => {
    if (guard.mode() === 'zoom' || event.ctrlKey || event.metaKey || guard.focused()) return;
    event.stopPropagation();
    guard.refused();
  };
  frame.addEventListener('wheel', onWheel, { capture: true, passive: true });
  return () => frame.removeEventListener('wheel', onWheel, { capture: true });
}
