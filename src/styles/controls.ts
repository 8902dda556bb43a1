import {css, unsafeCSS} from 'lit';
import {MIN_MARKER_DISTANCE, TICK_OFFSET} from '../layout/index.js';

const halfTarget = unsafeCSS(`${MIN_MARKER_DISTANCE / 2}px`);
const tickOffset = unsafeCSS(`${TICK_OFFSET}px`);

/** The zoom toolbar, the edge controls of a zoomed view and the legend of categories. */
export const controls = css`
  /* At the ends of the tick row (or column), which the layout keeps clear: clear of the markers'
     24 px targets, in the tick type the layout measured them with. */
  .edge {
    position: absolute;
    z-index: 3;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 4px;
    min-height: 24px;
    padding: 0 8px;
    font: inherit;
    font-size: calc(0.75rem / var(--_zoom, 1));
    line-height: 1;
    white-space: nowrap;
    color: var(--_color);
    background: var(--_label-background);
    border: 1px solid var(--_axis-color);
    border-radius: 12px;
    cursor: pointer;
  }

  .horizontal .edge {
    inset-inline-start: var(--_pos);
    top: calc(var(--_axis) + ${halfTarget});
    width: var(--_size);
  }

  /* Beside the axis in the tick column, which the layout widens for it (or cut, when narrow). */
  .vertical .edge {
    top: var(--_pos);
    height: var(--_size);
    inset-inline-end: calc(100% - var(--_axis) + ${tickOffset});
    max-width: calc(var(--_axis) - ${tickOffset});
    overflow: hidden;
  }

  .edge:hover {
    border-color: var(--_marker-color);
  }

  .earlier .arrow::before {
    content: '←';
  }

  .later .arrow::before {
    content: '→';
  }

  .vertical .earlier .arrow::before {
    content: '↑';
  }

  .vertical .later .arrow::before {
    content: '↓';
  }

  .later .arrow {
    order: 1;
  }

  :host(:dir(rtl)) .horizontal .arrow {
    transform: scaleX(-1);
  }

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

  [part~='legend-item'] {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 24px;
    padding: 0 6px;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    cursor: pointer;
  }

  /* Switched off: the swatch empties and the name is struck through, not only dimmed. */
  [part~='legend-item'][aria-pressed='false'] {
    color: var(--_muted-color);
    text-decoration: line-through;
  }

  .swatch {
    width: 12px;
    height: 12px;
    border-radius: var(--_category-radius, 50%);
    border: 2px solid var(--_category-color, var(--_marker-color));
    background: var(--_category-color, var(--_marker-color));
  }

  [aria-pressed='false'] .swatch {
    background: transparent;
  }

  @media (forced-colors: active) {
    .toolbar button[aria-disabled='true'] {
      color: GrayText;
    }
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: CanvasText;
    }
  }
`;
