/**
 * The page `actor-graph export` draws images in: the real `<actor-graph>` at the size asked,
 * whose `exportImage` makes the file, so the file equals the export in the explorer.
 */
import '../components/actor-graph.ts';
import type { ImageExportOptions } from '../view/export-options.ts';

/** What the command asks the page to draw. */
export interface RenderRequest {
  document: unknown;
  width: number;
  height: number;
  types: string | null;
  asOf: string | null;
  knownOn: string | null;
  possible: boolean;
  options: ImageExportOptions;
}

/** The image's bytes in base64, or why it could not be made. */
export type RenderResponse = { ok: true; base64: string; type: string } | { ok: false; message: string };

declare global {
  interface Window {
    actorGraphRender: (request: RenderRequest) => Promise<RenderResponse>;
  }
}

window.actorGraphRender = async (request) => {
  const view = document.querySelector('actor-graph')!;
  view.style.width = `${request.width}px`;
  view.style.height = `${request.height}px`;
  view.types = request.types;
  view.asOf = request.asOf;
  view.knownOn = request.knownOn;
  view.possible = request.possible;
  view.data = request.document;
  const loaded = await view.ready;
  if (!loaded.ok) return { ok: false, message: loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n') };
  await view.updateComplete;
  try {
    const blob = await view.exportImage(request.options);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { ok: true, base64: btoa(binary), type: blob.type };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
};
