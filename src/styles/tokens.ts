import {css} from 'lit';

/**
 * The public `--partner-timeline-*` tokens, read through private fallbacks: nothing here sets a
 * public token, so a theme set on any ancestor of the element (`.dark-theme { … }`) applies, and
 * the defaults below apply where no theme sets one. The rest of the styles read only the private
 * `--_*` names.
 */
export const tokens = css`
  :host {
    --_font-size: var(--partner-timeline-font-size, 0.875rem);
    --_color: var(--partner-timeline-color, CanvasText);
    --_muted-color: var(
      --partner-timeline-muted-color,
      color-mix(in srgb, currentColor 72%, transparent)
    );
    --_background: var(--partner-timeline-background, transparent);
    --_axis-color: var(
      --partner-timeline-axis-color,
      color-mix(in srgb, currentColor 55%, transparent)
    );
    --_marker-size: var(--partner-timeline-marker-size, 12px);
    --_label-background: var(--partner-timeline-label-background, Canvas);
    --_label-border: var(
      --partner-timeline-label-border,
      color-mix(in srgb, currentColor 22%, transparent)
    );
    --_radius: var(--partner-timeline-radius, 6px);
    --_gap: var(--partner-timeline-gap, 12px);
    --_transition-duration: var(--partner-timeline-transition-duration, 150ms);
    /* Light and dark values through light-dark(), which every supported browser has. */
    --_marker-color: var(--partner-timeline-marker-color, light-dark(#1f5fbf, #8ab4f8));
    --_selected-color: var(--partner-timeline-selected-color, light-dark(#b3261e, #f2b8b5));
    --_focus-color: var(--partner-timeline-focus-color, light-dark(#1a56db, #a8c7fa));
    --_error-color: var(--partner-timeline-error-color, light-dark(#b3261e, #f2b8b5));
    --_error-background: var(
      --partner-timeline-error-background,
      light-dark(color-mix(in srgb, #b3261e 8%, Canvas), color-mix(in srgb, #f2b8b5 12%, Canvas))
    );
    /* Category colours: each at least 3:1 against the background, in light and in dark. */
    --_category-1: var(--partner-timeline-category-1, light-dark(#1f5fbf, #8ab4f8));
    --_category-2: var(--partner-timeline-category-2, light-dark(#00796b, #4db6ac));
    --_category-3: var(--partner-timeline-category-3, light-dark(#b45309, #fbbf24));
    --_category-4: var(--partner-timeline-category-4, light-dark(#7b1fa2, #ce93d8));
    --_category-5: var(--partner-timeline-category-5, light-dark(#ad1457, #f48fb1));
    --_category-6: var(--partner-timeline-category-6, light-dark(#5d6b00, #c0ca33));
    /* And a shape per category, so that colour is not the only cue: circle, square, leaf, drop,
       turned leaf, turned drop. Markers and legend swatches read them. */
    --_category-radius-1: 50%;
    --_category-radius-2: 1px;
    --_category-radius-3: 50% 0;
    --_category-radius-4: 50% 50% 50% 0;
    --_category-radius-5: 0 50%;
    --_category-radius-6: 50% 50% 0;

    /* No color-scheme of its own: like a native control, the element follows the scheme of the
       page or container it sits on (its background is the page's), and with light-dark() above
       its colours follow too. A page that declares color-scheme: light dark thus gets the
       reader's prefers-color-scheme, and a dark container with color-scheme: dark gets dark. */
    display: block;
    box-sizing: border-box;
    /* A deliberate size in any layout (see the sizer's extent below): a block chart's width in
       block and grid containers, the free space of a flex row (beside a sidebar, say), and in
       shrink-to-fit places (inline-block, table cell, float, a centred flex column) 40rem or
       the width available, whichever is less. Never wider than its container. Page CSS on the
       element (width, flex, max-width) wins over all of these. */
    flex: 1 1 auto;
    min-inline-size: 0;
    max-inline-size: 100%;
    color: var(--_color);
    background: var(--_background);
    /* The page's font unless a theme names one. */
    font-family: var(--partner-timeline-font-family, inherit);
    font-size: var(--_font-size);
    /* The labels' line height (the layout measures it here): grows with text larger than the
       design size (200% text), so that lines never overlap. */
    line-height: max(var(--partner-timeline-line-height, 18px), 1.25em);
    /* What the page may set and the layout cannot honour is fixed here: labels are laid out in
       lines from their start, wrapped where the layout measured. Letter and word spacing and
       text-transform are inherited on purpose: the layout measures them (see text-measure.ts). */
    text-align: start;
    text-indent: 0;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    writing-mode: horizontal-tb;
  }

  .sizer {
    height: 0;
    overflow: hidden;
  }

  /* The element's intrinsic width, all of it here: sixteen 2.5rem blocks that may wrap, so a
     shrink-to-fit container offers 40rem at most (max-content) and 2.5rem at least (min-content).
     The content beside it is contained, so an open detail or a long legend never resizes it. */
  .extent {
    font-size: 0;
    line-height: 0;
  }

  .extent span {
    display: inline-block;
    inline-size: 2.5rem;
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition-duration: 0s;
    }
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* One focus ring for every control (the milestones draw theirs on the label or marker). */
  :focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  [part~='timeline'] {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    /* Its width is the element's, never its content's: see .extent. */
    container-type: inline-size;
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
`;
