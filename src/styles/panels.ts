import {css} from 'lit';

/** The detail view of the selected milestone, the error panel and the empty state. */
export const panels = css`
  /* Data and messages may hold one unbreakable token (a long word or URL): it must wrap, not
     overflow. */
  [part~='detail'],
  [part~='error'] {
    padding: 8px 12px;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  [part~='detail'] {
    /* Lines a reader can follow: about 75 characters, not the width of a wide page. */
    max-inline-size: 40rem;
    border: 1px solid var(--_label-border);
    border-inline-start: 4px solid var(--_selected-color);
  }

  [part~='detail'] p {
    margin: 4px 0 0;
  }

  .detail-title {
    font-weight: 600;
    font-size: 1.05em;
  }

  a {
    color: LinkText;
  }

  [part~='error'] {
    border: 1px solid var(--_error-color);
    color: var(--_color);
    background: var(--_error-background);
  }

  [part~='error'] p {
    margin: 0;
    font-weight: 600;
  }

  [part~='error'] ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
  }

  .empty {
    margin: 0;
    padding: 12px;
    color: var(--_muted-color);
    border: 1px dashed var(--_label-border);
    border-radius: var(--_radius);
  }

  /* Under the plot, its start near the cluster it lists (--_at), inside the element. */
  [part~='cluster-list'] {
    --_list-width: min(100%, 26rem);
    position: relative;
    width: var(--_list-width);
    margin-inline-start: clamp(0px, calc(var(--_at) - 2.5rem), calc(100% - var(--_list-width)));
    padding: 8px 4px 8px 12px;
    border: 1px solid var(--_label-border);
    border-radius: var(--_radius);
    background: var(--_label-background);
    box-shadow: 0 2px 8px color-mix(in srgb, CanvasText 18%, transparent);
  }

  .cluster-list-heading {
    margin: 0 40px 4px 0;
    font-weight: 600;
  }

  [part~='cluster-list'] ul {
    max-height: 18rem;
    margin: 0;
    padding: 0 8px 0 0;
    overflow: auto;
    list-style: none;
  }

  /* Each milestone a row as tall as a comfortable target, its date above its title. */
  [part~='cluster-list'] li button {
    display: block;
    width: 100%;
    min-height: 40px;
    padding: 4px 8px;
    font: inherit;
    text-align: start;
    color: inherit;
    background: none;
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  [part~='cluster-list'] li button:hover {
    background: color-mix(in srgb, var(--_marker-color) 10%, transparent);
  }

  [part~='cluster-list'] time {
    display: block;
    color: var(--_muted-color);
    font-size: 0.9em;
  }

  .close {
    position: absolute;
    inset-block-start: 4px;
    inset-inline-end: 4px;
    width: 32px;
    height: 32px;
    font: inherit;
    font-size: 1.25rem;
    line-height: 1;
    color: inherit;
    background: none;
    border: 0;
    border-radius: 50%;
    cursor: pointer;
  }

  .close:hover {
    background: color-mix(in srgb, CanvasText 8%, transparent);
  }

  [part~='cluster-list'] button:focus-visible {
    outline-offset: -3px;
  }
`;
