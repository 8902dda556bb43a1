import type {MeasureText} from '../layout/types.js';

const measurers = new Map<string, MeasureText>();

/**
 * New texts a measurer takes before it starts afresh: a few views' worth, as one layout measures
 * a hundred or so.
 */
const FRESH_AFTER = 500;

/**
 * A cached text measurer for one CSS font, backed by a canvas: the layout stays free of the DOM
 * and the element hands it real glyph widths.
 */
export function canvasMeasurer(font: string): MeasureText {
  const known = measurers.get(font);
  if (known) return known;
  let context = textContext(font);
  const widths = new Map<string, number>();
  const measure: MeasureText = (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      // Chromium keeps the shaped text of every string a canvas context measured until the
      // canvas draws a frame, which this one never does: about 1.2 KB a string, tens of MB in
      // a long session. A fresh context lets it go, and the widths start afresh with it, so
      // that neither grows while a page feeds ever new data or the reader zooms for hours.
      if (widths.size >= FRESH_AFTER) {
        widths.clear();
        context = textContext(font);
      }
      if (context) {
        width = context.measureText(text).width;
      } else {
        // No canvas (very old or locked-down browsers): a generous average glyph width.
        width = text.length * 8;
      }
      widths.set(text, width);
    }
    return width;
  };
  measurers.set(font, measure);
  return measure;
}

/** A 2D context to measure `font` with, `null` where there is no canvas. */
function textContext(font: string): TextContext | null {
  const context =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : document.createElement('canvas').getContext('2d');
  // Set once: the context is this measurer's own, and assigning `font` parses it every time.
  if (context) context.font = font;
  return context;
}

type TextContext = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/**
 * Where there is no canvas (a server render): an estimate a little wider than most text in
 * common sans-serif fonts, so that boxes laid out with it hold the real text. CJK and other
 * full-width characters count as one em.
 */
export function approximateMeasurer(fontSize: number): MeasureText {
  return (text) => {
    let ems = 0;
    for (const character of text) {
      ems += character.codePointAt(0)! >= 0x1100 ? 1 : 0.6;
    }
    return ems * fontSize;
  };
}
