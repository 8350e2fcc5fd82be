/**
 * A page for an edit form on its own: a `<main>` in the light theme, or carrying the explorer's
 * dark theme as the explorer's host does for its panels, with a button before the form standing
 * for the one that opens it (where the focus goes back when the form closes).
 */
import { DARK_PALETTE, TOKEN_PROPERTIES, type Token } from '../../src/components/theme.styles.ts';

export { deepActive } from './explorer.ts';

/** Puts `form` on a page after a button named `openerName`; resolves once the form has rendered. */
export async function formPage<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  form: T,
  openerName: string,
  theme: 'light' | 'dark' = 'light',
): Promise<{ el: T; opener: HTMLButtonElement }> {
  const page = document.createElement('main');
  if (theme === 'dark') {
    for (const token of Object.keys(DARK_PALETTE) as Token[]) page.style.setProperty(TOKEN_PROPERTIES[token], DARK_PALETTE[token]);
    page.style.colorScheme = 'dark';
  }
  const opener = Object.assign(document.createElement('button'), { textContent: openerName });
  page.append(opener, form);
  document.body.append(page);
  await form.updateComplete;
  return { el: form, opener };
}
