/**
 * The path finder's results as templates: the choices that narrow the paths by sign and length,
 * and one card per group of paths that read the same, its variants and their dates one click
 * away. Not an element: the panel renders these with its own handlers.
 */
import { html, nothing } from 'lit';
import { isolate } from '../model/bidi.ts';
import type { ActorGraph } from '../model/graph.ts';
import { stepDates, type PathCounts, type PathGroup } from '../model/path-groups.ts';
import { SIGN_DISPLAY, actorLabel, pathSteps } from '../model/path-report.ts';
import type { Path, PathSign } from '../model/paths.ts';
import { readPath } from '../model/reading.ts';
import { dataText, sentence } from './bidi-text.ts';

/** What the cards need from the panel. */
export interface CardContext {
  graph: ActorGraph;
  /** The index of a path in the panel's results, which its highlight button carries. */
  indexOf: (path: Path) => number;
  /** The index of the path shown on the graph, -1 for none. */
  chosen: number;
  onHighlight: (event: Event) => void;
  onActor: (event: Event) => void;
  onRelation: (event: Event) => void;
}

const SIGN_ORDER: readonly PathSign[] = ['+', '-', '?'];

/** The words of a sign in a narrowing choice: `friendly`, `hostile`, `uncertain`. */
const signChoice = (sign: PathSign) => SIGN_DISPLAY[sign].name;

/** Check boxes narrowing the paths by sign and by length, each with its number of paths. */
export function narrowingChoices(
  counts: PathCounts,
  signs: ReadonlySet<PathSign>,
  steps: ReadonlySet<number>,
  onSign: (event: Event) => void,
  onSteps: (event: Event) => void,
) {
  const signsShown = SIGN_ORDER.filter((sign) => counts.signs[sign] > 0);
  return html`<fieldset part="narrowing" class="narrowing">
    <legend>Show only</legend>
    <div class="choices" role="group" aria-label="Paths by sign">
      ${signsShown.map(
        (sign) => html`<label><input type="checkbox" name="sign" .value=${sign} .checked=${signs.has(sign)} @change=${onSign} />
          <span class="sign" aria-hidden="true">${SIGN_DISPLAY[sign].symbol}</span>${signChoice(sign)} (${counts.signs[sign]})</label>`,
      )}
    </div>
    <div class="choices" role="group" aria-label="Paths by number of steps">
      ${counts.steps.map(
        ({ steps: n, paths }) => html`<label><input type="checkbox" name="steps" .value=${String(n)} .checked=${steps.has(n)}
            @change=${onSteps} />${n} ${n === 1 ? 'step' : 'steps'} (${paths})</label>`,
      )}
    </div>
  </fieldset>`;
}

/** When the path's relations hold together, as a sentence after its reading ("Holds from 2007."). */
export function holdsSentence(path: Path): string {
  if (path.relations.length === 0) return '';
  return ` ${path.holds[0]!.toUpperCase()}${path.holds.slice(1)}.`;
}

function highlightButton(ctx: CardContext, path: Path, name: string) {
  const index = ctx.indexOf(path);
  const chosen = index === ctx.chosen;
  return html`<button type="button" part="highlight-button" data-index=${index} aria-pressed=${chosen ? 'true' : 'false'}
    @click=${ctx.onHighlight}>${name}</button>`;
}

/** The steps of a path with their dates and evidence. */
function steps(ctx: CardContext, path: Path) {
  const dates = stepDates(ctx.graph, path);
  return html`<ol class="steps">${pathSteps(ctx.graph, path, isolate).map(
    (step, i) => html`<li class="step">
      <button type="button" class="link" data-id=${step.relation} @click=${ctx.onRelation}>${sentence(step.reading)}</button>
      <span class="when">${dataText(dates[i]!.when)}</span>
      ${
        step.evidence.length === 0
          ? html`<p class="note">No evidence is recorded.</p>`
          : html`<ul class="evidence">${step.evidence.map(
              (e) => html`<li>${e.quote ? html`<q class="quote">${dataText(e.quote)}</q>` : nothing}
              ${e.claimant ? html`— <span class="claimant">${dataText(e.claimant)}</span>` : nothing}
              (<cite>${dataText(e.sourceTitle ?? e.source)}</cite>${e.locator ? html`, <span class="locator">${dataText(e.locator)}</span>` : nothing})</li>`,
            )}</ul>`
      }
    </li>`,
  )}</ol>`;
}

/** The variants of a group: each with when it holds, the steps that tell it apart with their dates, and its button. */
function variants(ctx: CardContext, group: PathGroup) {
  return html`<details class="variants">
    <summary>${group.variants.length} variants, by date</summary>
    <ol class="variant-list">
      ${group.variants.map(
        (path, v) => html`<li class="variant" aria-current=${ctx.indexOf(path) === ctx.chosen ? 'true' : 'false'}>
          <p class="variant-head">Variant ${v + 1}: ${path.holds}.</p>
          <ul class="differing">${group.differing.map((i) => {
            const relation = path.relations[i]!;
            return html`<li><button type="button" class="link" data-id=${relation} @click=${ctx.onRelation}>${dataText(
              readPath(ctx.graph, { actors: [path.actors[i]!, path.actors[i + 1]!], relations: [relation] }),
            )}</button> <span class="when">${dataText(stepDates(ctx.graph, { relations: [relation] })[0]!.when)}</span></li>`;
          })}</ul>
          ${highlightButton(ctx, path, `Show variant ${v + 1} on the graph`)}
          <details><summary>Steps and evidence</summary>${steps(ctx, path)}</details>
        </li>`,
      )}
    </ol>
  </details>`;
}

/** One card for a group of paths that read the same; `open` opens its first path's steps. */
export function groupCard(ctx: CardContext, group: PathGroup, number: number, open: boolean) {
  const sign = SIGN_DISPLAY[group.sign];
  const first = group.variants[0]!;
  const many = group.variants.length > 1;
  const chosen = group.variants.some((path) => ctx.indexOf(path) === ctx.chosen);
  const reading = many
    ? `${readPath(ctx.graph, first, isolate)} ${group.variants.length} variants, through different relations of the same kind.`
    : readPath(ctx.graph, first, isolate);
  return html`<li part="path" class="path ${sign.name}" aria-current=${chosen ? 'true' : 'false'}>
    <p class="head"><span class="sign" aria-hidden="true">${sign.symbol}</span><strong class="sign-word">${sign.word}</strong>
      · ${group.steps} ${group.steps === 1 ? 'step' : 'steps'}:
      ${group.actors.map(
        (id, i) => html`${i > 0 ? ' → ' : ''}<button type="button" class="link" data-id=${id}
          @click=${ctx.onActor}>${dataText(actorLabel(ctx.graph, id))}</button>`,
      )}</p>
    <p class="reading">${sentence(reading)}${many ? '' : holdsSentence(first)}</p>
    ${
      many
        ? variants(ctx, group)
        : html`<details ?open=${open}><summary>Steps and evidence</summary>${steps(ctx, first)}</details>
            ${highlightButton(ctx, first, `Show path ${number} on the graph`)}`
    }
  </li>`;
}
