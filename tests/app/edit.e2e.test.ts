/**
 * End to end: building a graph from a brief of our own in the explorer, as a user does it, in
 * Debian's Chromium: Edit, two actors and a relation added, the brief opened as its source's
 * text, words selected and cited, undone and redone, the page reloaded and the draft restored,
 * then saved, and the saved file checked by the command line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';
import { executablePath, launchChromium } from '../support/e2e.ts';

/**
 * Waits for what the page shows after a step. The dev server fetches edit mode, the brief's
 * pane and the draft store as they are first used, which takes seconds on a busy machine.
 */
const settled = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

const BRIEF = 'tests/fixtures/brief/harbour-brief.md';
const QUOTE = 'mention the dykes only once, and then as a matter for the province rather than the town';

/** Selects `words` in paragraph `n` of the sources pane, as a reader's drag would. */
function selectWords(page: Page, n: number, words: string): Promise<boolean> {
  return page.evaluate(
    ([n, words]) => {
      const explorer = document.querySelector('actor-graph-explorer')!.shadowRoot!;
      const paragraph = explorer.querySelector('actor-graph-sources')!.shadowRoot!.querySelector(`[data-paragraph="${n}"]`)!;
      const text = [...paragraph.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes(words))!;
      const at = text.textContent!.indexOf(words);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + words.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return true;
    },
    [n, words] as const,
  );
}

/** The document the explorer edits, read through its view. */
const edited = (page: Page) =>
  page.evaluate(() => {
    const explorer = document.querySelector('actor-graph-explorer') as unknown as { graphView: { graph: { order: number; size: number } } };
    return { actors: explorer.graphView.graph.order, relations: explorer.graphView.graph.size };
  });

describe.skipIf(!existsSync(executablePath))('building a graph from a brief in the explorer', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let url: string;
  const dir = mkdtempSync(join(tmpdir(), 'actor-graph-edit-'));

  beforeAll(async () => {
    server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1', strictPort: false } });
    await server.listen();
    url = `${server.resolvedUrls!.local[0]!}?src=/tests/fixtures/brief/harbour-graph.json`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds actors and a relation, cites the brief, undoes, redoes, restores after a reload, and saves a file the command line accepts', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url);
    const explorer = page.locator('actor-graph-explorer');
    const button = (name: string) => explorer.getByRole('button', { name, exact: true });
    await expect.poll(() => edited(page), { timeout: 60_000 }).toEqual({ actors: 3, relations: 3 });

    // 1. Edit, Add actor ×2, Add relation.
    await button('Edit').click();
    await settled(() => button('Edit').getAttribute('aria-pressed')).toBe('true');
    const actorForm = explorer.locator('actor-graph-actor-form');
    for (const [label, kind] of [
      ['Province of Lowmouth', 'government'],
      ['Town watch', 'organization'],
    ]) {
      await button('Add actor').click();
      await actorForm.locator('#label').fill(label!);
      await actorForm.locator('#kind').fill(kind!);
      await actorForm.getByRole('button', { name: 'Add actor' }).click();
      await settled(() => actorForm.locator('dialog').getAttribute('open')).toBeNull();
    }
    await settled(() => edited(page)).toEqual({ actors: 5, relations: 3 });
    await button('Add relation').click();
    const relationForm = explorer.locator('actor-graph-relation-form');
    await relationForm.locator('#source').selectOption({ label: 'Province of Lowmouth' });
    await relationForm.locator('#target').selectOption({ label: 'Harbour council' });
    await relationForm.getByRole('radio', { name: /contested/i }).check();
    await relationForm.locator('#start').fill('2019');
    await relationForm.getByRole('button', { name: 'Add relation' }).click();
    await settled(() => edited(page)).toEqual({ actors: 5, relations: 4 });
    // The new relation is selected: the details panel shows it.
    const details = explorer.locator('actor-graph-details');
    await settled(() => details.locator('h2').first().textContent()).toMatch(/Province of Lowmouth/);

    // 2. Open source text, select words, Cite as evidence.
    const pane = explorer.locator('actor-graph-sources');
    await pane.locator('#text-file').setInputFiles(BRIEF);
    await settled(() => pane.locator('[data-paragraph]').count()).toBe(4);
    await selectWords(page, 3, QUOTE);
    const cite = pane.locator('#cite');
    await settled(() => cite.isEnabled()).toBe(true);
    await cite.click();
    await pane.locator('#claimant').fill('the council’s clerk, to reporters');
    await pane.getByRole('button', { name: 'Cite', exact: true }).click();
    const found = details.locator('.check.found');
    await settled(() => found.allTextContents()).toEqual(['✓ Quote found in ¶3']);

    // 3. Undo, Redo.
    await button('Undo').click();
    await settled(() => found.count()).toBe(0);
    await button('Redo').click();
    await settled(() => found.allTextContents()).toEqual(['✓ Quote found in ¶3']);

    // 4. Reload, then restore: leaving with unsaved changes asks first.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await expect.poll(() => edited(page), { timeout: 60_000 }).toEqual({ actors: 3, relations: 3 });
    await settled(() => explorer.locator('.draft-offer p').textContent()).toMatch(/^An unsaved draft of The Harbour Dispute from /);
    await button('Restore draft').click();
    await settled(() => edited(page)).toEqual({ actors: 5, relations: 4 });
    await settled(() => button('Edit').getAttribute('aria-pressed')).toBe('true');
    await settled(() => pane.locator('[data-paragraph]').count()).toBe(4);

    // 5. Save: the file passes `actor-graph validate`, and `actor-graph check` finds every quote.
    const [download] = await Promise.all([page.waitForEvent('download'), button('Save').click()]);
    expect(download.suggestedFilename()).toBe('the-harbour-dispute.json');
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const document = JSON.parse(readFileSync(saved, 'utf8')) as GraphDocument;
    expect(document.relations.at(-1)).toMatchObject({
      source: 'province-of-lowmouth',
      target: 'council',
      type: 'contested',
      start: '2019',
      evidence: [{ source: 'coastal-desk', locator: '¶3', quote: QUOTE, claimant: 'the council’s clerk, to reporters' }],
    });
    const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/actor-graph.js', ...args], { encoding: 'utf8', timeout: 60_000 });
    const validate = cli('validate', saved);
    expect([validate.status, validate.stdout]).toEqual([
      0,
      `${saved}: valid. "The Harbour Dispute": 5 actors, 4 relations (2 cooperation, 0 hostility, 2 contested), 5 pieces of evidence from 1 source.\n`,
    ]);
    const check = cli('check', saved, '--text', `coastal-desk=${BRIEF}`);
    expect([check.status, check.stdout]).toEqual([0, '5 quotes checked against coastal-desk (4 paragraphs): all found where cited.\n']);
    await settled(() => explorer.locator('.edit-state').textContent()).toBe('Saved');
    expect(problems).toEqual([]);
    await page.close();
  }, 240_000);
});
