import {css, unsafeCSS} from 'lit';
import {LABEL_PADDING, MIN_MARKER_DISTANCE} from '../layout/index.js';

/** The marker's hit box: the 24 px target the layout keeps markers apart by. */
const target = unsafeCSS(`${MIN_MARKER_DISTANCE}px`);
const halfTarget = unsafeCSS(`${MIN_MARKER_DISTANCE / 2}px`);
/** The label's 1 px border is part of the padding the layout sized the box with. */
const labelPadding = unsafeCSS(`${LABEL_PADDING - 1}px`);

/** The listbox of milestones and clusters: labels, markers, leader lines and span bars. */
export const milestones = css`
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* The listbox covers the plot: when it holds the tab stop itself (the active milestone is out
     of view, or none is in view), its focus ring shows around the plot, never on a 0 px box. */
  [role='listbox'] {
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }

  [part~='milestone'],
  [part~='cluster'] {
    /* Place and size are set on the element itself (see boxProperties). */
    position: absolute;
    cursor: pointer;
    outline: none;
    border-radius: var(--_radius);
  }

  [part~='label'] {
    display: block;
    width: 100%;
    height: 100%;
    padding: ${labelPadding};
    overflow: hidden;
    /* The line height the layout sized the box with (see LayoutController). */
    line-height: var(--_line-height);
    border: 1px solid var(--_label-border);
    border-radius: var(--_radius);
    background: var(--_label-background);
    overflow-wrap: anywhere;
    transition:
      border-color var(--_transition-duration),
      box-shadow var(--_transition-duration);
  }

  .date {
    color: var(--_muted-color);
  }

  /* Each role of text and its probe in the sizer share one rule: the layout measures the probe
     (see LayoutController), so that text is measured in the style it is drawn in. */
  .date,
  .probe-date,
  .title,
  .probe-title {
    display: block;
  }

  /* The layout wrapped the date and the title into lines and sized the box for them: each line
     is drawn as measured, never wrapped again. What the layout cut stays in the DOM and in the
     accessible name but is not drawn; an ellipsis, silent to screen readers, marks the cut. */
  .line {
    display: block;
    white-space: nowrap;
  }

  .rest {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .cut::after {
    content: '…' / '';
  }

  /* A comma after the date, heard but not seen: the option's name (read from its content) says
     "July 2014, Joint HIFU…", and screen readers pause between date and title. */
  .date .line:last-of-type::after {
    content: ',';
    color: transparent;
    forced-color-adjust: none;
  }

  [part~='milestone']:hover [part~='label'] {
    border-color: var(--_marker-color);
  }

  [part~='milestone--selected'] [part~='label'] {
    border-color: var(--_selected-color);
    box-shadow: inset 0 0 0 1px var(--_selected-color);
  }

  [part~='milestone']:focus-visible [part~='label'],
  [part~='cluster']:focus-visible [part~='marker'] {
    outline: 3px solid var(--_focus-color);
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
    inset-inline-start: calc(var(--_mx) - ${halfTarget});
    top: calc(var(--_my) - ${halfTarget});
    width: ${target};
    height: ${target};
    display: grid;
    place-items: center;
  }

  [part~='marker']::before {
    content: '';
    width: var(--_marker-size);
    height: var(--_marker-size);
    border-radius: var(--_category-radius, 50%);
    background: var(--_category-color, var(--_marker-color));
    border: 2px solid var(--_label-background);
    box-shadow: 0 0 0 1px var(--_category-color, var(--_marker-color));
  }

  .approximate [part~='marker']::before {
    border-style: dashed;
    background: var(--_label-background);
    border-color: var(--_category-color, var(--_marker-color));
  }

  [part~='milestone--selected'] [part~='marker']::before {
    background: var(--_selected-color);
    box-shadow: 0 0 0 1px var(--_selected-color);
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
    background: var(--_axis-color);
  }

  :host(:dir(rtl)) .leader {
    transform-origin: 100% 50%;
    rotate: atan2(calc(var(--_my) - var(--_ay)), calc(var(--_ax) - var(--_mx)));
  }

  .bar {
    position: absolute;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_marker-color) 45%, transparent);
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

  /* A cluster holding the selected milestone: its count in the selected colour, ringed. */
  .holds-selected .cluster-count {
    border-color: var(--_selected-color);
    box-shadow: 0 0 0 2px var(--_selected-color);
  }

  .cluster-count {
    position: absolute;
    left: 50%;
    top: 50%;
    translate: -50% -50%;
    min-width: 22px;
    height: 22px;
    padding: 0 3px;
    border: 2px solid var(--_marker-color);
    border-radius: 11px;
    background: var(--_label-background);
    font-size: calc(0.625rem / var(--_zoom, 1));
    font-weight: 600;
    line-height: 18px;
    text-align: center;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }

  @media (forced-colors: active) {
    [part~='marker']::before {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: Canvas;
      box-shadow: 0 0 0 1px CanvasText;
    }
    .holds-selected .cluster-count {
      border-color: Highlight;
      box-shadow: 0 0 0 2px Highlight;
    }
    [part~='milestone--selected'] [part~='marker']::before {
      background: Highlight;
      box-shadow: 0 0 0 1px Highlight;
    }
    [part~='milestone--selected'] [part~='label'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
    .leader {
      background: CanvasText;
    }
    [part~='milestone']:focus-visible [part~='label'],
    [part~='cluster']:focus-visible [part~='marker'] {
      outline-color: Highlight;
    }
  }
`;
