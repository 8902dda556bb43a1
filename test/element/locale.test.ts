import {expect} from '@open-wc/testing';
import reference from '../../data/cqmu-pleven.json';
import {html, renderTimeline} from '../harness.js';

/** The reference data under a `lang` ancestor and with a `locale` attribute, both as written. */
function timelineIn(lang: string, locale = '') {
  return renderTimeline(
    html`<div lang=${lang}>
      <partner-timeline locale=${locale} .milestones=${reference.milestones}></partner-timeline>
    </div>`,
  );
}

describe('locale: a malformed page language never stops the element', () => {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => (console.warn = warn));

  for (const lang of ['C', '', 'en_US', 'english please', 'x-']) {
    it(`draws all four milestones under lang="${lang}"`, async () => {
      const timeline = await timelineIn(lang);
      expect(timeline.milestones).to.have.length(4);
      expect(timeline.dates).to.include('July 2014');
      expect(warnings, 'a page language is not ours to report').to.be.empty;
    });
  }

  it('reads en_US as en-US and bg_BG as Bulgarian', async () => {
    const timeline = await timelineIn('bg_BG');
    expect(timeline.dates).to.include('юли 2014 г.');
  });

  it('passes over an invalid lang to the next ancestor that has a valid one', async () => {
    const timeline = await renderTimeline(
      html`<div lang="bg">
        <div lang="C">
          <partner-timeline .milestones=${reference.milestones}></partner-timeline>
        </div>
      </div>`,
    );
    expect(timeline.dates).to.include('юли 2014 г.');
  });

  it('reports an invalid locale attribute once and draws in the page language', async () => {
    const first = await timelineIn('en', '!!');
    await timelineIn('en', '!!');
    expect(first.milestones).to.have.length(4);
    expect(first.dates).to.include('July 2014');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('"!!"');
  });

  it('accepts a well-formed locale it has no data for, as Intl does', async () => {
    const timeline = await timelineIn('en', 'zz-ZZ');
    expect(timeline.milestones).to.have.length(4);
    expect(warnings).to.be.empty;
  });
});
