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
`;
