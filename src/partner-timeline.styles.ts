import {css} from 'lit';

/**
 * Public tokens are `--partner-timeline-*` custom properties with defaults on `:host`; geometry
 * from the layout reaches CSS through private `--_*` properties set per element.
 */
export const styles = css`
  :host {
    --partner-timeline-font-family: inherit;
    --partner-timeline-font-size: 0.875rem;
    --partner-timeline-line-height: 18px;
    --partner-timeline-color: CanvasText;
    --partner-timeline-muted-color: color-mix(in srgb, currentColor 72%, transparent);
    --partner-timeline-background: transparent;
    --partner-timeline-axis-color: color-mix(in srgb, currentColor 55%, transparent);
    --partner-timeline-marker-color: #1f5fbf;
    --partner-timeline-marker-size: 12px;
    --partner-timeline-selected-color: #b3261e;
    --partner-timeline-focus-color: #1a56db;
    --partner-timeline-label-background: Canvas;
    --partner-timeline-label-border: color-mix(in srgb, currentColor 22%, transparent);
    --partner-timeline-radius: 6px;
    --partner-timeline-gap: 12px;
    --partner-timeline-error-color: #b3261e;
    --partner-timeline-error-background: color-mix(in srgb, #b3261e 8%, Canvas);
    --partner-timeline-transition-duration: 150ms;

    display: block;
    box-sizing: border-box;
    color-scheme: light dark;
    color: var(--partner-timeline-color);
    background: var(--partner-timeline-background);
    font-family: var(--partner-timeline-font-family);
    font-size: var(--partner-timeline-font-size);
    line-height: var(--partner-timeline-line-height);
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --partner-timeline-marker-color: #8ab4f8;
      --partner-timeline-selected-color: #f2b8b5;
      --partner-timeline-focus-color: #a8c7fa;
      --partner-timeline-error-color: #f2b8b5;
      --partner-timeline-error-background: color-mix(in srgb, #f2b8b5 12%, Canvas);
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [part~='timeline'] {
    display: flex;
    flex-direction: column;
    gap: var(--partner-timeline-gap);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .plot {
    position: relative;
    width: 100%;
    height: var(--_height);
  }

  [part~='axis'] {
    position: absolute;
    inset: 0;
    pointer-events: none;
    color: var(--partner-timeline-muted-color);
  }

  .axis-line {
    position: absolute;
    background: var(--partner-timeline-axis-color);
  }

  .horizontal .axis-line {
    left: 0;
    right: 0;
    top: calc(var(--_axis) - 1px);
    height: 2px;
  }

  .vertical .axis-line {
    top: 0;
    bottom: 0;
    left: calc(var(--_axis) - 1px);
    width: 2px;
  }

  [part~='tick'] {
    position: absolute;
    font-size: 0.75rem;
    line-height: 1;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  .horizontal [part~='tick'] {
    left: var(--_pos);
    top: calc(var(--_axis) + 6px);
    transform: translateX(-50%);
  }

  .vertical [part~='tick'] {
    top: var(--_pos);
    right: calc(100% - var(--_axis) + 8px);
    transform: translateY(-50%);
  }

  [part~='break'] {
    position: absolute;
    display: flex;
    align-items: center;
    justify-content: center;
    font-size: 0.7rem;
    line-height: 1;
    white-space: nowrap;
    color: var(--partner-timeline-muted-color);
    background: var(--partner-timeline-label-background, Canvas);
  }

  .horizontal [part~='break'] {
    left: calc(var(--_pos) - var(--_size) / 2);
    width: var(--_size);
    top: calc(var(--_axis) - 9px);
    height: 18px;
    border-inline: 2px solid var(--partner-timeline-axis-color);
    transform: skewX(-14deg);
  }

  .vertical [part~='break'] {
    top: calc(var(--_pos) - var(--_size) / 2);
    height: var(--_size);
    left: calc(var(--_axis) - 9px);
    width: 18px;
    border-block: 2px solid var(--partner-timeline-axis-color);
  }

  .break-text {
    display: inline-block;
  }

  /* The duration sits in the tick row, under the break mark, where the layout put no tick. */
  .horizontal .break-text {
    position: absolute;
    top: 16px;
    left: 50%;
    transform: translateX(-50%) skewX(14deg);
    font-style: italic;
  }

  .vertical .break-text {
    position: absolute;
    font-style: italic;
    right: calc(100% + 6px);
    top: 50%;
    transform: translateY(-50%);
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  [part~='milestone'],
  [part~='cluster'] {
    position: absolute;
    left: var(--_x);
    top: var(--_y);
    width: var(--_w);
    height: var(--_h);
    cursor: pointer;
    outline: none;
    border-radius: var(--partner-timeline-radius);
  }

  [part~='label'] {
    display: block;
    width: 100%;
    height: 100%;
    /* 3px padding + 1px border: the 4px of LABEL_PADDING the layout sized the box with. */
    padding: 3px;
    overflow: hidden;
    line-height: 18px;
    border: 1px solid var(--partner-timeline-label-border);
    border-radius: var(--partner-timeline-radius);
    background: var(--partner-timeline-label-background);
    overflow-wrap: anywhere;
    transition:
      border-color var(--partner-timeline-transition-duration),
      box-shadow var(--partner-timeline-transition-duration);
  }

  [part~='label'] time {
    display: block;
    /* Regular weight: the layout measured the date with the label font. */
    color: var(--partner-timeline-muted-color);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /* The layout wrapped the title into at most three lines and sized the box for them; the full
     title stays in the DOM (and so in the accessible name) and CSS clamps what is shown. */
  .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines, 3);
    line-clamp: var(--_lines, 3);
    overflow: hidden;
  }

  [part~='milestone']:hover [part~='label'] {
    border-color: var(--partner-timeline-marker-color);
  }

  [part~='milestone--selected'] [part~='label'] {
    border-color: var(--partner-timeline-selected-color);
    box-shadow: inset 0 0 0 1px var(--partner-timeline-selected-color);
  }

  [part~='milestone']:focus-visible [part~='label'],
  [part~='cluster']:focus-visible [part~='marker'] {
    outline: 3px solid var(--partner-timeline-focus-color);
    outline-offset: 2px;
  }

  [part~='marker'] {
    position: absolute;
    left: calc(var(--_mx) - 12px);
    top: calc(var(--_my) - 12px);
    width: 24px;
    height: 24px;
    display: grid;
    place-items: center;
  }

  [part~='marker']::before {
    content: '';
    width: var(--partner-timeline-marker-size);
    height: var(--partner-timeline-marker-size);
    border-radius: 50%;
    background: var(--_category-color, var(--partner-timeline-marker-color));
    border: 2px solid var(--partner-timeline-label-background);
    box-shadow: 0 0 0 1px var(--_category-color, var(--partner-timeline-marker-color));
  }

  .approximate [part~='marker']::before {
    border-style: dashed;
    background: var(--partner-timeline-label-background);
    border-color: var(--_category-color, var(--partner-timeline-marker-color));
  }

  [part~='milestone--selected'] [part~='marker']::before {
    background: var(--partner-timeline-selected-color);
    box-shadow: 0 0 0 1px var(--partner-timeline-selected-color);
  }

  .leader {
    position: absolute;
    pointer-events: none;
    background: var(--partner-timeline-axis-color);
  }

  .horizontal .leader {
    left: calc(var(--_mx) - 0.5px);
    width: 1px;
  }

  .horizontal .side-before .leader {
    top: var(--_h);
    height: calc(var(--_my) - var(--_h) - 6px);
  }

  .horizontal .side-after .leader {
    top: calc(var(--_my) + 6px);
    height: calc(-1 * var(--_my) - 6px);
  }

  .vertical .leader {
    top: calc(var(--_my) - 0.5px);
    height: 1px;
    left: calc(var(--_mx) + 6px);
    width: calc(-1 * var(--_mx) - 6px);
  }

  .bar {
    position: absolute;
    left: calc(var(--_bx) - var(--_x));
    top: calc(var(--_by) - var(--_y));
    width: var(--_bw);
    height: var(--_bh);
    border-radius: 3px;
    background: color-mix(in srgb, var(--partner-timeline-marker-color) 45%, transparent);
  }

  [part~='cluster'] [part~='marker']::before {
    width: 22px;
    height: 22px;
    background: var(--partner-timeline-label-background);
    border-color: var(--partner-timeline-marker-color);
  }

  .cluster-count {
    position: absolute;
    left: calc(var(--_mx) - 12px);
    top: calc(var(--_my) - 12px);
    width: 24px;
    height: 24px;
    display: grid;
    place-items: center;
    font-size: 0.7rem;
    font-weight: 600;
    pointer-events: none;
  }

  [part~='detail'] {
    padding: 8px 12px;
    border: 1px solid var(--partner-timeline-label-border);
    border-inline-start: 4px solid var(--partner-timeline-selected-color);
    border-radius: var(--partner-timeline-radius);
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
    padding: 8px 12px;
    border: 1px solid var(--partner-timeline-error-color);
    border-radius: var(--partner-timeline-radius);
    color: var(--partner-timeline-color);
    background: var(--partner-timeline-error-background);
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
    color: var(--partner-timeline-muted-color);
    border: 1px dashed var(--partner-timeline-label-border);
    border-radius: var(--partner-timeline-radius);
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --partner-timeline-transition-duration: 0s;
    }
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    [part~='marker']::before {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: Canvas;
      box-shadow: 0 0 0 1px CanvasText;
    }
    [part~='milestone--selected'] [part~='marker']::before {
      background: Highlight;
      box-shadow: 0 0 0 1px Highlight;
    }
    [part~='milestone--selected'] [part~='label'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
    .axis-line,
    .leader {
      background: CanvasText;
    }
    [part~='milestone']:focus-visible [part~='label'],
    [part~='cluster']:focus-visible [part~='marker'] {
      outline-color: Highlight;
    }
  }
`;
