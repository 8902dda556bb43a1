import {expect} from '@open-wc/testing';
import {layoutTimeline} from '../../src/layout/index.js';
import {wrapTitle} from '../../src/layout/labels.js';
import {expectSound, horizontal, item, measure, utc, vertical} from './fixtures.js';

describe('wrapTitle()', () => {
  it('keeps a short title on one line', () => {
    expect(wrapTitle('Student exchange', 200, measure)).to.deep.equal(['Student exchange']);
  });

  it('wraps at spaces so that no line is wider than the width', () => {
    const lines = wrapTitle('Student exchange agreement', 120, measure);
    expect(lines).to.deep.equal(['Student exchange', 'agreement']);
  });

  it('cuts after three lines and ends the last with an ellipsis', () => {
    expect(wrapTitle('Student exchange agreement signed', 70, measure)).to.deep.equal([
      'Student',
      'exchange',
      'agreement…',
    ]);
  });

  it('breaks a word wider than the width by characters', () => {
    expect(wrapTitle('Da abcdefghijklmnop', 70, measure)).to.deep.equal([
      'Da',
      'abcdefghij',
      'klmnop',
    ]);
  });

  it('gives no lines for an empty or blank title', () => {
    expect(wrapTitle('', 100, measure)).to.deep.equal([]);
    expect(wrapTitle('   ', 100, measure)).to.deep.equal([]);
  });
});

describe('layoutTimeline() labels', () => {
  it('wraps long titles to at most three lines ending in "…"', () => {
    const title =
      'China–Bulgaria Prospective Joint Clinical Study on High Intensity Focused Ultrasound Ablation of Uterine Fibroids';
    for (const options of [horizontal(1280), vertical(400)]) {
      const layout = layoutTimeline([item(utc(2014, 6), title)], options);
      expectSound(layout, [0]);
      const [milestone] = layout.milestones;
      expect(milestone.lines.length).to.be.at.most(3);
      if (options.orientation === 'horizontal') {
        expect(milestone.lines).to.have.length(3);
        expect(milestone.lines[2].endsWith('…')).to.be.true;
      }
      for (const line of milestone.lines) {
        expect(measure(line)).to.be.at.most(milestone.label.width - 8);
      }
      expect(milestone.label.height).to.equal((1 + milestone.lines.length) * 18 + 8);
    }
  });

  it('breaks an unbreakable 200-character token by characters', () => {
    const token = 'x'.repeat(200);
    for (const options of [horizontal(320), horizontal(1280), vertical(300)]) {
      const layout = layoutTimeline([item(utc(2014), token), item(utc(2015), 'Next')], options);
      expectSound(layout, [0, 1]);
      const [milestone] = layout.milestones;
      expect(milestone.lines).to.have.length(3);
      expect(milestone.lines[2].endsWith('…')).to.be.true;
      expect(milestone.label.width).to.be.at.most(options.orientation === 'horizontal' ? 180 : 320);
    }
  });

  it("wraps a span's long date to a second line instead of cutting it", () => {
    const span = {
      start: utc(2012, 2),
      end: utc(2013, 8),
      title: 'Overlapping grant',
      dateLabel: 'March 2012 to September 2013',
    };
    const layout = layoutTimeline([span], horizontal(720));
    expectSound(layout, [0]);
    const [milestone] = layout.milestones;
    expect(milestone.dateLines).to.deep.equal(['March 2012 to September', '2013']);
    expect(milestone.label.height).to.equal(3 * 18 + 8);
  });

  it("widens a narrow label rather than cut a span's date", () => {
    const span = {
      start: utc(1906, 6),
      end: utc(1906, 10),
      title: 'Short',
      dateLabel: 'July 1906 to November 1906',
    };
    // At 320 px a label is 96 px wide: "November 1906" alone does not fit on a line.
    const layout = layoutTimeline([span, item(utc(1907), 'Next')], horizontal(320));
    expectSound(layout, [0, 1]);
    const [milestone] = layout.milestones;
    expect(milestone.dateLines).to.deep.equal(['July 1906 to', 'November 1906']);
    expect(milestone.label.width).to.equal(measure('November 1906') + 8);
  });

  it('sizes label width to the text and caps it at a quarter of the axis', () => {
    const layout = layoutTimeline(
      [item(utc(2000), 'Hi'), item(utc(2010), 'A title long enough to need wrapping')],
      horizontal(560),
    );
    const [short, long] = layout.milestones;
    expect(short.label.width).to.equal(measure('2000-01-01') + 8);
    expect(long.label.width).to.be.at.most(140);
  });
});
