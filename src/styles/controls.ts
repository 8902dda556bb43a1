import {css} from 'lit';

/** The zoom toolbar and the legend of categories. */
export const controls = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
  }

  /* At least 32 × 32 px: above the 24 px minimum target of WCAG 2.5.8. */
  .toolbar button {
    min-width: 32px;
    min-height: 32px;
    padding: 0 10px;
    font: inherit;
    line-height: 1;
    color: var(--_color);
    background: var(--_label-background);
    border: 1px solid var(--_axis-color);
    border-radius: var(--_radius);
    cursor: pointer;
    transition: border-color var(--_transition-duration);
  }

  .toolbar button:hover:not([aria-disabled='true']) {
    border-color: var(--_marker-color);
  }

  .toolbar button[aria-disabled='true'] {
    color: var(--_muted-color);
    cursor: default;
  }

  .toolbar button:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }

  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }

  [part~='legend'] li {
    display: flex;
    align-items: center;
    gap: 6px;
  }

  .swatch {
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_category-color, var(--_marker-color));
  }

  @media (forced-colors: active) {
    .toolbar button:focus-visible {
      outline-color: Highlight;
    }
    .toolbar button[aria-disabled='true'] {
      color: GrayText;
    }
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
