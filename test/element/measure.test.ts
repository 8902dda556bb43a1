import {expect} from '@open-wc/testing';
import {canvasMeasurer} from '../../src/element/measure.js';

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
      const measure = canvasMeasurer('13px serif');
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
      const measure = canvasMeasurer('11px monospace');
      const first = measure('0 title');
      for (let i = 1; i < 2500; i++) measure(`${i} title`);
      expect(canvases.made()).to.equal(5);
      // Widths stay what they were: every canvas has the font.
      expect(measure('9 title')).to.equal(first);
    } finally {
      canvases.restore();
    }
  });
});
