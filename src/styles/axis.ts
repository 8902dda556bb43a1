import {css, unsafeCSS} from 'lit';
import {TICK_OFFSET, TICK_TOP} from '../layout/index.js';

const tickTop = unsafeCSS(`${TICK_TOP}px`);
const tickOffset = unsafeCSS(`${TICK_OFFSET}px`);
/** Half the height of a break mark across the axis. */
const breakHalf = 9;

/** The plot, the axis line, its tick labels and the breaks of compressed time. */
export const axis = css`
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
       --_zoom times larger (see LayoutController), so its rem sizes below divide by --_zoom. */
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
    color: var(--_muted-color);
  }

  .axis-line {
    position: absolute;
    background: var(--_axis-color);
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

  /* Tick and break labels hide the leader lines that cross the tick row (leaders lie below).
     The probe shares the tick's type: the layout measures ticks and break labels with it. */
  [part~='tick'],
  .probe-tick {
    font-size: calc(0.75rem / var(--_zoom, 1));
    line-height: 1;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  [part~='tick'] {
    position: absolute;
    background: var(--_label-background);
  }

  /* Below the axis by the layout's TICK_TOP: clear of a 24px cluster marker. */
  .horizontal [part~='tick'] {
    inset-inline-start: var(--_pos);
    top: calc(var(--_axis) + ${tickTop});
    transform: translateX(-50%);
  }

  :host(:dir(rtl)) .horizontal [part~='tick'] {
    transform: translateX(50%);
  }

  /* Left of the axis by the layout's TICK_OFFSET. */
  .vertical [part~='tick'] {
    top: var(--_pos);
    inset-inline-end: calc(100% - var(--_axis) + ${tickOffset});
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
    color: var(--_muted-color);
  }

  /* The mark: two slanted strokes over the axis, blanking it between them. */
  [part~='break']::before {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_label-background);
  }

  .horizontal [part~='break'] {
    inset-inline-start: calc(var(--_pos) - var(--_size) / 2);
    width: var(--_size);
    top: calc(var(--_axis) - ${breakHalf}px);
    height: ${2 * breakHalf}px;
  }

  .horizontal [part~='break']::before {
    border-inline: 2px solid var(--_axis-color);
    transform: skewX(-14deg);
  }

  .vertical [part~='break'] {
    top: calc(var(--_pos) - var(--_size) / 2);
    height: var(--_size);
    inset-inline-start: calc(var(--_axis) - ${breakHalf}px);
    width: ${2 * breakHalf}px;
  }

  .vertical [part~='break']::before {
    border-block: 2px solid var(--_axis-color);
  }

  /* The duration sits in the tick row (horizontal) or column (vertical) where the layout put it
     (--_shift from the mark's centre, to stay inside) and kept ticks away. */
  .break-text {
    position: absolute;
    font-style: italic;
    background: var(--_label-background);
    /* Ordered by its own words ("33 years"), not by a right-to-left page ("years 33"). */
    unicode-bidi: plaintext;
  }

  /* In the tick row: TICK_TOP below the axis, measured from the mark's top. */
  .horizontal .break-text {
    top: calc(${tickTop} + ${breakHalf}px);
    left: calc(50% + var(--_shift, 0px));
    transform: translateX(-50%);
  }

  :host(:dir(rtl)) .horizontal .break-text {
    left: calc(50% - var(--_shift, 0px));
  }

  /* Right-aligned with the ticks, TICK_OFFSET from the axis; cut rather than run out of the
     element. */
  .vertical .break-text {
    inset-inline-end: calc(100% + ${tickOffset} - ${breakHalf}px);
    top: calc(50% + var(--_shift, 0px));
    transform: translateY(-50%);
    max-width: calc(var(--_axis) - ${tickOffset});
    overflow: hidden;
    text-overflow: ellipsis;
  }

  @media (forced-colors: active) {
    .axis-line {
      background: CanvasText;
    }
  }
`;
