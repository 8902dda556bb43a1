import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import {
  darkTimeline,
  forcedColorsTimeline,
  selectedTimeline,
} from '../../stories/interaction-templates.js';
import {html, intersects, renderTimeline, type TimelineHarness} from '../harness.js';
import {focusedTitle, frames, milestones, press, referenceAt} from './helpers.js';

/** Relative luminance of an `rgb()`/`rgba()`/`color(srgb …)` colour, per WCAG. */
function luminance(colour: string): number {
  const numbers = colour.match(/[\d.]+/g)!.map(Number);
  const srgb = colour.startsWith('color(') ? numbers : numbers.map((n) => n / 255);
  const [r, g, b] = srgb
    .slice(0, 3)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour of a marker's dot (its ::before). */
function dotColour(timeline: TimelineHarness, option: Element): string {
  return getComputedStyle(timeline.markerOf(option), '::before').backgroundColor;
}

before(() => setViewport({width: 1400, height: 900}));

describe('display: focus', () => {
  it('draws a 3 px ring around the focused milestone that nothing covers', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <button>before</button>
        <partner-timeline .milestones=${milestones}></partner-timeline>
      </div>`,
    );
    timeline.element.parentElement!.querySelector('button')!.focus();
    await press(timeline, 'Tab');
    await press(timeline, 'ArrowRight');
    const option = timeline.focused as HTMLElement;
    const label = option.querySelector<HTMLElement>('[part~="label"]')!;
    const style = getComputedStyle(label);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
    expect(contrast(style.outlineColor, 'rgb(255, 255, 255)')).to.be.at.least(3);
    // Every corner of the ring (just outside the label) shows the focused option, not another.
    const box = label.getBoundingClientRect();
    for (const [x, y] of [
      [box.left - 3, box.top - 3],
      [box.right + 3, box.top - 3],
      [box.left - 3, box.bottom + 3],
      [box.right + 3, box.bottom + 3],
    ]) {
      const hit = timeline.root.elementFromPoint(x, y);
      expect(hit === null || option.contains(hit) || !hit.closest('[role="option"]')).to.be.true;
    }
  });

  it('keeps the detail view clear of the focused marker', async () => {
    const timeline = await referenceAt(320);
    timeline.tabStop!.focus();
    await press(timeline, 'End');
    await press(timeline, 'Enter');
    const detail = timeline.part('detail')!.getBoundingClientRect();
    for (const option of timeline.milestones) {
      expect(intersects(detail, timeline.markerOf(option).getBoundingClientRect())).to.be.false;
      expect(intersects(detail, option.getBoundingClientRect())).to.be.false;
    }
  });
});

describe('display: targets', () => {
  it('gives every marker, label and toolbar button at least 24 × 24 px', async () => {
    for (const width of [320, 1280]) {
      const timeline = await referenceAt(width);
      const targets = [
        ...timeline.milestones.map((option) => timeline.markerOf(option)),
        ...timeline.parts('label'),
        ...timeline.toolbar!.querySelectorAll('button'),
      ];
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.width, `${width}px ${target.outerHTML.slice(0, 60)}`).to.be.at.least(24);
        expect(box.height, `${width}px ${target.outerHTML.slice(0, 60)}`).to.be.at.least(24);
      }
    }
  });
});

describe('display: colour', () => {
  afterEach(() => emulateMedia({colorScheme: 'light', forcedColors: 'none'}));

  it('gives markers 3:1 against the background in light and in dark', async () => {
    const light = await renderTimeline(selectedTimeline('1280px'));
    const white = 'rgb(255, 255, 255)';
    for (const option of light.milestones) {
      expect(contrast(dotColour(light, option), white)).to.be.at.least(3);
    }
    const dark = await renderTimeline(darkTimeline('1280px'));
    const background = getComputedStyle(dark.element.parentElement!).backgroundColor;
    for (const option of dark.milestones) {
      expect(contrast(dotColour(dark, option), background)).to.be.at.least(3);
    }
    expect(dotColour(dark, dark.milestones[0])).to.not.equal(dotColour(light, light.milestones[0]));
  });

  it('follows prefers-color-scheme in a page that supports both schemes', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const timeline = await renderTimeline(
      html`<div style="width: 1280px; color-scheme: light dark; background: Canvas">
        <partner-timeline .milestones=${milestones}></partner-timeline>
      </div>`,
    );
    const label = getComputedStyle(timeline.parts('label')[0]);
    expect(luminance(label.backgroundColor)).to.be.below(0.1);
    expect(contrast(label.color, label.backgroundColor)).to.be.at.least(4.5);
  });

  it('keeps markers visible in forced colours', async () => {
    await emulateMedia({forcedColors: 'active'});
    const timeline = await renderTimeline(forcedColorsTimeline('1280px'));
    for (const option of timeline.milestones) {
      const dot = getComputedStyle(timeline.markerOf(option), '::before');
      expect(dot.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(parseFloat(dot.width)).to.be.above(0);
      expect(parseFloat(dot.height)).to.be.above(0);
    }
    const selected = timeline.milestones.find((m) => m.getAttribute('aria-selected') === 'true')!;
    const plain = timeline.milestones.find((m) => m !== selected)!;
    // The selected marker stands out in Highlight.
    expect(dotColour(timeline, selected)).to.not.equal(dotColour(timeline, plain));
    await expect(timeline.element).to.be.accessible();
  });
});

describe('display: motion', () => {
  afterEach(() => emulateMedia({reducedMotion: 'no-preference'}));

  it('animates hover and focus only without a reduced-motion preference', async () => {
    const moving = await referenceAt(1280);
    expect(getComputedStyle(moving.parts('label')[0]).transitionDuration).to.not.match(/^0s/);
    await emulateMedia({reducedMotion: 'reduce'});
    const still = await referenceAt(1280);
    for (const label of still.parts('label')) {
      expect(getComputedStyle(label).transitionDuration).to.equal('0s');
    }
    expect(getComputedStyle(still.button('Zoom in')).transitionDuration).to.equal('0s');
  });
});

describe('display: reflow and text size', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('fits 320 px without scrolling sideways', async () => {
    const timeline = await renderTimeline(selectedTimeline('320px'));
    expect(timeline.element.scrollWidth).to.be.at.most(320);
    const host = timeline.element.getBoundingClientRect();
    for (const part of [...timeline.parts('label'), timeline.toolbar!, timeline.part('detail')!]) {
      const box = part.getBoundingClientRect();
      expect(box.left).to.be.at.least(host.left - 0.5);
      expect(box.right).to.be.at.most(host.right + 0.5);
    }
  });

  for (const width of [320, 1280]) {
    it(`keeps every label readable at 200% text size and ${width} px`, async () => {
      document.documentElement.style.fontSize = '200%';
      const timeline = await renderTimeline(selectedTimeline(`${width}px`));
      await frames();
      await timeline.element.updateComplete;
      const host = timeline.element.getBoundingClientRect();
      const labels = timeline.parts('label');
      expect(labels).to.have.length(4);
      const boxes = labels.map((label) => label.getBoundingClientRect());
      boxes.forEach((box, i) => {
        expect(box.left).to.be.at.least(host.left - 0.5);
        expect(box.right).to.be.at.most(host.right + 0.5);
        boxes.slice(i + 1).forEach((other) => expect(intersects(box, other)).to.be.false);
      });
      for (const label of labels) {
        // Text drawn at twice the size: each line of the date is as tall as the text needs.
        const time = label.querySelector('time')!.getBoundingClientRect();
        expect(time.height).to.be.at.least(28);
        expect(label.scrollHeight).to.be.at.most(label.clientHeight + 1);
      }
      // Lines of the detail view do not overlap either.
      const detail = timeline.part('detail')!;
      expect(parseFloat(getComputedStyle(detail).lineHeight)).to.be.at.least(28 * 1.2);
      await expect(timeline.element).to.be.accessible();
      // The zoomed plot still maps the pointer and the keys to the right milestones.
      timeline.tabStop!.focus();
      await sendKeys({press: 'End'});
      await timeline.element.updateComplete;
      expect(focusedTitle(timeline)).to.equal('Student exchange agreement signed');
    });
  }
});
