import { css } from 'lit';

/** Styles of the explorer's edit mode: the Edit toggle, the edit bar, the draft offer and the delete question. */
export const editStyles = css`
  .editing {
    grid-area: edit;
  }
  /* Pressed is told by weight and an inset ring as well as by the background. */
  header > .edit-button[aria-pressed='true'] {
    background: var(--_ag-accent-background);
    font-weight: 600;
    box-shadow: inset 0 0 0 2px var(--_ag-accent);
  }
  .edit-bar,
  .draft-offer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem 0.5rem;
    padding: 0.3rem 1rem;
    border-bottom: 1px solid var(--_ag-rule);
    background: var(--_ag-accent-background);
    border-inline-start: 6px solid var(--_ag-accent);
  }
  .draft-offer p {
    margin: 0;
    flex: 1 1 20rem;
  }
  .edit-bar button,
  .draft-offer button,
  .confirm-delete button {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_ag-border);
    border-radius: 0.4rem;
    background: var(--_ag-button-background);
    cursor: pointer;
  }
  .edit-bar button:disabled {
    cursor: default;
    color: var(--_ag-muted);
    border-style: dashed;
  }
  /* The hint takes the room left and wraps within it, two lines no higher than a button, so the bar keeps its height when the state beside it grows. */
  .edit-hint {
    flex: 1 1 12rem;
    color: var(--_ag-muted);
    font-size: 0.8rem;
    line-height: 1.15;
  }
  .edit-state {
    margin-inline-start: auto;
    color: var(--_ag-muted);
  }
  .confirm-delete {
    max-width: min(34rem, 90vw);
    color: var(--_ag-text);
    background: var(--_ag-background);
    border: 1px solid var(--_ag-border);
    border-radius: 0.5rem;
  }
  .confirm-delete h2 {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }
  .confirm-delete ul {
    max-height: 12rem;
    overflow: auto;
    padding-left: 1.25rem;
  }
  .confirm-delete button + button {
    margin-inline-start: 0.5rem;
  }
  /* Room for a source's paragraphs beside the drawing while editing. */
  .side:has(.sources-panel) {
    width: 24rem;
  }
  .sources-panel h2 {
    margin: 0;
    padding: 0.3rem 0.25rem;
    font-size: 1rem;
    border-bottom: 1px solid var(--_ag-rule);
  }
  /* Where the bar is too narrow for the hint beside the buttons, it has the row under them. */
  @media (max-width: 1200px) {
    .edit-hint {
      order: 1;
      flex-basis: 100%;
    }
  }
  @media (max-width: 900px) {
    .side:has(.sources-panel) {
      width: auto;
    }
    .edit-bar,
    .draft-offer {
      padding-inline: 0.5rem;
    }
  }
`;
