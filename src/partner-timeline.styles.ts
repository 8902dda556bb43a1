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
    /* Category colours: each at least 3:1 against the background, in light and in dark. */
    --partner-timeline-category-1: #1f5fbf;
    --partner-timeline-category-2: #00796b;
    --partner-timeline-category-3: #b45309;
    --partner-timeline-category-4: #7b1fa2;
    --partner-timeline-category-5: #ad1457;
    --partner-timeline-category-6: #5d6b00;

    /* No color-scheme of its own: like a native control, the element follows the scheme of the
       page or container it sits on (its background is the page's), and with light-dark() below
       its colours follow too. A page that declares color-scheme: light dark thus gets the
       reader's prefers-color-scheme, and a dark container with color-scheme: dark gets dark. */
    display: block;
    box-sizing: border-box;
    color: var(--partner-timeline-color);
    background: var(--partner-timeline-background);
    font-family: var(--partner-timeline-font-family);
    font-size: var(--partner-timeline-font-size);
    /* Grows with text larger than the design size (200% text), so that lines never overlap. */
    line-height: max(var(--partner-timeline-line-height), 1.25em);
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  /* Browsers without light-dark() keep the light colours above. */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --partner-timeline-marker-color: light-dark(#1f5fbf, #8ab4f8);
      --partner-timeline-category-1: light-dark(#1f5fbf, #8ab4f8);
      --partner-timeline-category-2: light-dark(#00796b, #4db6ac);
      --partner-timeline-category-3: light-dark(#b45309, #fbbf24);
      --partner-timeline-category-4: light-dark(#7b1fa2, #ce93d8);
      --partner-timeline-category-5: light-dark(#ad1457, #f48fb1);
      --partner-timeline-category-6: light-dark(#5d6b00, #c0ca33);
      --partner-timeline-selected-color: light-dark(#b3261e, #f2b8b5);
      --partner-timeline-focus-color: light-dark(#1a56db, #a8c7fa);
      --partner-timeline-error-color: light-dark(#b3261e, #f2b8b5);
      --partner-timeline-error-background: light-dark(
        color-mix(in srgb, #b3261e 8%, Canvas),
        color-mix(in srgb, #f2b8b5 12%, Canvas)
      );
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

  /* Horizontal drags pan and pinches zoom (see ZoomController); vertical swipes stay the page's.
     Labels are not selectable text here, so that a drag pans instead of selecting: the detail
     view holds the same text for copying. */
  .plot {
    position: relative;
    /* A stacking context of its own: leader lines (z-index -1) lie under the labels. */
    isolation: isolate;
    width: 100%;
    touch-action: pan-y;
    /* Text above the design size: the layout ran at the design size and the plot is drawn
       --_zoom times larger (see #updateLayout), so its rem sizes below divide by --_zoom. */
    zoom: var(--_zoom, 1);
    font-size: calc(1em / var(--_zoom, 1));
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }

  /* Geometry comes from the layout in left-to-right terms; logical properties (inset-inline-*)
     mirror it under dir="rtl" on the element or an ancestor, earliest date on the right,
     without the layout knowing about direction. */

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
    inset-inline-start: calc(var(--_axis) - 1px);
    width: 2px;
  }

  /* Tick and break labels hide the leader lines that cross the tick row (leaders lie below). */
  [part~='tick'] {
    position: absolute;
    font-size: calc(0.75rem / var(--_zoom, 1));
    line-height: 1;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    background: var(--partner-timeline-label-background);
  }

  /* 14px below the axis (the layout's TICK_TOP): clear of a 24px cluster marker. */
  .horizontal [part~='tick'] {
    inset-inline-start: var(--_pos);
    top: calc(var(--_axis) + 14px);
    transform: translateX(-50%);
  }

  :host(:dir(rtl)) .horizontal [part~='tick'] {
    transform: translateX(50%);
  }

  /* 16px left of the axis: the layout's TICK_OFFSET. */
  .vertical [part~='tick'] {
    top: var(--_pos);
    inset-inline-end: calc(100% - var(--_axis) + 16px);
    transform: translateY(-50%);
  }

  [part~='break'] {
    position: absolute;
    display: flex;
    align-items: center;
    justify-content: center;
    font-size: calc(0.7rem / var(--_zoom, 1));
    line-height: 1;
    white-space: nowrap;
    color: var(--partner-timeline-muted-color);
  }

  /* The mark: two slanted strokes over the axis, blanking it between them. */
  [part~='break']::before {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--partner-timeline-label-background, Canvas);
  }

  .horizontal [part~='break'] {
    inset-inline-start: calc(var(--_pos) - var(--_size) / 2);
    width: var(--_size);
    top: calc(var(--_axis) - 9px);
    height: 18px;
  }

  .horizontal [part~='break']::before {
    border-inline: 2px solid var(--partner-timeline-axis-color);
    transform: skewX(-14deg);
  }

  .vertical [part~='break'] {
    top: calc(var(--_pos) - var(--_size) / 2);
    height: var(--_size);
    inset-inline-start: calc(var(--_axis) - 9px);
    width: 18px;
  }

  .vertical [part~='break']::before {
    border-block: 2px solid var(--partner-timeline-axis-color);
  }

  /* The duration sits in the tick row (horizontal) or column (vertical) where the layout put it
     (--_shift from the mark's centre, to stay inside) and kept ticks away. */
  .break-text {
    position: absolute;
    font-style: italic;
    background: var(--partner-timeline-label-background);
    /* Ordered by its own words ("33 years"), not by a right-to-left page ("years 33"). */
    unicode-bidi: plaintext;
  }

  .horizontal .break-text {
    top: 23px;
    left: calc(50% + var(--_shift, 0px));
    transform: translateX(-50%);
  }

  :host(:dir(rtl)) .horizontal .break-text {
    left: calc(50% - var(--_shift, 0px));
  }

  /* Right-aligned with the ticks, 16px from the axis; cut rather than run out of the element. */
  .vertical .break-text {
    inset-inline-end: calc(100% + 7px);
    top: calc(50% + var(--_shift, 0px));
    transform: translateY(-50%);
    max-width: calc(var(--_axis) - 16px);
    overflow: hidden;
    text-overflow: ellipsis;
  }

  ol,
  [part~='legend'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  [part~='milestone'],
  [part~='cluster'] {
    /* Place and size are set on the element itself (see boxProperties). */
    position: absolute;
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
    /* Regular weight: the layout measured the date with the label font. */
    color: var(--partner-timeline-muted-color);
  }

  /* The layout wrapped the date and the title into lines and sized the box for them; the full
     text stays in the DOM (and so in the accessible name) and CSS clamps what is shown. */
  [part~='label'] time,
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
  [part~='cluster']:focus-visible [part~='marker'],
  .toolbar button:focus-visible {
    outline: 3px solid var(--partner-timeline-focus-color);
    outline-offset: 2px;
  }

  /* The focused milestone and its ring are drawn above their neighbours (WCAG 2.4.11). */
  [part~='milestone']:focus-visible,
  [part~='cluster']:focus-visible {
    z-index: 2;
  }

  /* The focused milestone lifted out of its cluster is drawn over what lies beside the axis. */
  .lifted {
    z-index: 1;
  }

  .lifted [part~='label'] {
    box-shadow: 0 1px 4px color-mix(in srgb, CanvasText 30%, transparent);
  }

  [part~='marker'] {
    position: absolute;
    inset-inline-start: calc(var(--_mx) - 12px);
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

  /* A line from the marker's centre (--_mx, --_my) to where the layout anchored it on the label
     (--_ax, --_ay), drawn below everything else in the plot: markers cover its start, and labels
     and ticks it passes hide it. */
  .leader {
    position: absolute;
    z-index: -1;
    pointer-events: none;
    inset-inline-start: var(--_mx);
    top: calc(var(--_my) - 0.5px);
    width: hypot(calc(var(--_ax) - var(--_mx)), calc(var(--_ay) - var(--_my)));
    height: 1px;
    transform-origin: 0 50%;
    rotate: atan2(calc(var(--_ay) - var(--_my)), calc(var(--_ax) - var(--_mx)));
    background: var(--partner-timeline-axis-color);
  }

  :host(:dir(rtl)) .leader {
    transform-origin: 100% 50%;
    rotate: atan2(calc(var(--_my) - var(--_ay)), calc(var(--_ax) - var(--_mx)));
  }

  .bar {
    position: absolute;
    border-radius: 3px;
    background: color-mix(in srgb, var(--partner-timeline-marker-color) 45%, transparent);
  }

  /* A cluster is drawn as its count in a ring that widens into a pill for long counts, centred
     on the 24px marker box (symmetric, so the same in both directions). */
  [part~='cluster'] [part~='marker'] {
    inset-inline-start: 0;
    top: 0;
  }

  [part~='cluster'] [part~='marker']::before {
    content: none;
  }

  .cluster-count {
    position: absolute;
    left: 50%;
    top: 50%;
    translate: -50% -50%;
    min-width: 22px;
    height: 22px;
    padding: 0 3px;
    border: 2px solid var(--partner-timeline-marker-color);
    border-radius: 11px;
    background: var(--partner-timeline-label-background);
    font-size: calc(0.625rem / var(--_zoom, 1));
    font-weight: 600;
    line-height: 18px;
    text-align: center;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    pointer-events: none;
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
    color: var(--partner-timeline-color);
    background: var(--partner-timeline-label-background);
    border: 1px solid var(--partner-timeline-axis-color);
    border-radius: var(--partner-timeline-radius);
    cursor: pointer;
    transition: border-color var(--partner-timeline-transition-duration);
  }

  .toolbar button:hover:not([aria-disabled='true']) {
    border-color: var(--partner-timeline-marker-color);
  }

  .toolbar button[aria-disabled='true'] {
    color: var(--partner-timeline-muted-color);
    cursor: default;
  }

  /* Data and messages may hold one unbreakable token (a long word or URL): it must wrap, not
     overflow. */
  [part~='detail'],
  [part~='error'] {
    padding: 8px 12px;
    border-radius: var(--partner-timeline-radius);
    overflow-wrap: anywhere;
  }

  [part~='detail'] {
    border: 1px solid var(--partner-timeline-label-border);
    border-inline-start: 4px solid var(--partner-timeline-selected-color);
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
    border: 1px solid var(--partner-timeline-error-color);
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
    [part~='cluster']:focus-visible [part~='marker'],
    .toolbar button:focus-visible {
      outline-color: Highlight;
    }
    .toolbar button[aria-disabled='true'] {
      color: GrayText;
    }
  }

  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
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
    background: var(--_category-color, var(--partner-timeline-marker-color));
  }

  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
