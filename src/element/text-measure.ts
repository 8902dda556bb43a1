import type {MeasureText, TextRole} from '../layout/index.js';

/** How one role of text is drawn, as far as its width goes: read from the computed style. */
export interface TextStyle {
  /** The canvas `font`: style, weight, size (px) and family. */
  readonly font: string;
  /** Added after every character and every space, px. */
  readonly letterSpacing: number;
  readonly wordSpacing: number;
  /** CSS `text-transform`: `uppercase`, `lowercase`, `capitalize` are measured as drawn. */
  readonly transform: string;
  /** For case mapping. */
  readonly locale: string;
}

/**
 * The width-relevant style of an element, as its text is drawn at 1 / `zoom` of its size (the
 * plot's layout runs at the design size; see LayoutController). Everything the page may set and
 * the element inherits is read here: family, weight, style, letter and word spacing, transform.
 */
export function textStyleOf(style: CSSStyleDeclaration, zoom: number, locale: string): TextStyle {
  const size = (parseFloat(style.fontSize) || 14) / zoom;
  const px = (value: string) => (parseFloat(value) || 0) / zoom;
  const italic = style.fontStyle === 'normal' ? '' : `${style.fontStyle} `;
  return {
    font: `${italic}${style.fontWeight} ${size}px ${style.fontFamily}`,
    letterSpacing: px(style.letterSpacing),
    wordSpacing: px(style.wordSpacing),
    transform: style.textTransform,
    locale,
  };
}

/** Text as `text-transform` draws it. */
function transformed(text: string, {transform, locale}: TextStyle): string {
  switch (transform) {
    case 'uppercase':
      return text.toLocaleUpperCase(locale);
    case 'lowercase':
      return text.toLocaleLowerCase(locale);
    case 'capitalize':
      return text.replace(
        /(^|\s)(\p{L})/gu,
        (_, space: string, letter: string) => `${space}${letter.toLocaleUpperCase(locale)}`,
      );
    default:
      return text;
  }
}

const measurers = new Map<string, (text: string) => number>();

/**
 * New texts a measurer takes before it starts afresh: a few views' worth, as one layout measures
 * a hundred or so.
 */
const FRESH_AFTER = 500;
/** Widths a measurer keeps: enough for the labels of many views of a large timeline. */
const MAX_WIDTHS = 5000;

/** Added to every measured text, px: see canvasMeasurer. */
const MEASURE_SLACK = 1;

/**
 * A cached measurer of one text style, backed by a canvas: the layout stays free of the DOM and
 * the element hands it real glyph widths, with spacing and case as the text is drawn.
 */
export function canvasMeasurer(style: TextStyle): (text: string) => number {
  const key = JSON.stringify(style);
  const known = measurers.get(key);
  if (known) return known;
  let context = textContext(style.font);
  let fresh = 0;
  const widths = new Map<string, number>();
  const measure = (text: string) => {
    let width = widths.get(text);
    if (width === undefined) {
      // Chromium keeps the shaped text of every string a canvas context measured until the
      // canvas draws a frame, which this one never does: about 1.2 KB a string, tens of MB in
      // a long session. A fresh context every few hundred new strings lets them go; the widths
      // themselves are small and stay (up to a bound), so that zooming back and forth over a
      // large timeline measures each label once.
      if (++fresh > FRESH_AFTER) {
        fresh = 1;
        context = textContext(style.font);
      }
      if (widths.size >= MAX_WIDTHS) widths.clear();
      const drawn = transformed(text, style);
      // No canvas (very old or locked-down browsers): a generous average glyph width.
      width = context ? context.measureText(drawn).width : drawn.length * 8;
      // CSS adds letter spacing after every character and word spacing to every space.
      if (style.letterSpacing) width += style.letterSpacing * Array.from(drawn).length;
      if (style.wordSpacing) width += style.wordSpacing * (drawn.match(/ /g)?.length ?? 0);
      // Engines lay text out a little wider than their canvas measures it (Firefox up to 1 px):
      // room for that, so that a line measured to fit is never cut.
      if (width > 0) width += MEASURE_SLACK;
      widths.set(text, width);
    }
    return width;
  };
  measurers.set(key, measure);
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

/** One measurer for all roles of text, each in its own style. */
export function roleMeasurer(
  measurers: Readonly<Record<TextRole, (text: string) => number>>,
): MeasureText {
  return (text, role = 'title') => measurers[role](text);
}

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
