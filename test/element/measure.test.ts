import {expect} from '@open-wc/testing';
import {canvasMeasurer, type TextStyle} from '../../src/element/text-measure.js';

const style = (font: string, more: Partial<TextStyle> = {}): TextStyle => ({
  font,
  letterSpacing: 0,
  wordSpacing: 0,
  transform: 'none',
  locale: 'en',
  ...more,
});

/** Counts the canvases `canvasMeasurer` makes, standing in for OffscreenCanvas meanwhile. */
function countingCanvases(): {made: () => number; restore: () => void} {
  const Real = globalThis.OffscreenCanvas;
  let made = 0;
  globalThis.OffscreenCanvas = class extends Real {
    constructor(width: number, height: number) {
      super(width, height);
      made++;
    }
  };
  return {made: () => made, restore: () => (globalThis.OffscreenCanvas = Real)};
}

describe('canvasMeasurer()', () => {
  it('measures text in its font, and the same text once', () => {
    const canvases = countingCanvases();
    try {
      const measure = canvasMeasurer(style('13px serif'));
      const wide = measure('a much longer title');
      expect(wide).to.be.greaterThan(measure('short'));
      expect(measure('a much longer title')).to.equal(wide);
      expect(canvases.made()).to.equal(1);
    } finally {
      canvases.restore();
    }
  });

  it('starts afresh every 500 new texts, with a new canvas, so Chromium lets their shapes go', () => {
    const canvases = countingCanvases();
    try {
      const measure = canvasMeasurer(style('11px monospace'));
      const first = measure('0 title');
      for (let i = 1; i < 2500; i++) measure(`${i} title`);
      expect(canvases.made()).to.equal(5);
      // Widths stay what they were: every canvas has the font.
      expect(measure('9 title')).to.equal(first);
    } finally {
      canvases.restore();
    }
  });

  it('adds letter and word spacing and measures text in its drawn case', () => {
    const plain = canvasMeasurer(style('14px sans-serif'));
    const spaced = canvasMeasurer(style('14px sans-serif', {letterSpacing: 2, wordSpacing: 3}));
    // Two words, 11 characters, one space.
    expect(spaced('Joint study')).to.be.closeTo(plain('Joint study') + 11 * 2 + 3, 1e-9);
    const upper = canvasMeasurer(style('14px sans-serif', {transform: 'uppercase'}));
    expect(upper('joint study')).to.equal(plain('JOINT STUDY'));
    const capitals = canvasMeasurer(style('14px sans-serif', {transform: 'capitalize'}));
    expect(capitals('joint study')).to.equal(plain('Joint Study'));
  });
});
