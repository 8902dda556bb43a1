import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import reference from '../../data/cqmu-pleven.json';
import type {PartnerTimelineErrorEvent, PartnerTimelineSelectEvent} from '../../src/events.js';
import {html, intersects, renderTimeline, type TimelineHarness} from '../harness.js';

const milestones = reference.milestones;

function referenceAt(width: number, attributes = html``): Promise<TimelineHarness> {
  return renderTimeline(
    html`<div style="width: ${width}px">
      <partner-timeline label="CQMU and Pleven" .milestones=${milestones}
        >${attributes}</partner-timeline
      >
    </div>`,
  );
}

describe('<partner-timeline> on the reference data', () => {
  it('is accessible', async () => {
    const timeline = await referenceAt(1280);
    await expect(timeline.element).to.be.accessible();
  });

  it('draws the four milestones in date order, left to right', async () => {
    const timeline = await referenceAt(1280);
    expect(timeline.dates).to.deep.equal(['1974', '2007', 'July 2014', 'November 2017']);
    const markers = timeline.milestones.map((m) =>
      timeline.boxOf(m.querySelector('[part~="marker"]')!),
    );
    for (let i = 1; i < markers.length; i++) {
      expect(markers[i].x).to.be.greaterThan(markers[i - 1].x);
    }
  });

  it('keeps the precision of each date in <time datetime> and its text', async () => {
    const timeline = await referenceAt(1280);
    const times = timeline.milestones.map((m) => m.querySelector('time')!);
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '1974',
      '2007',
      '2014-07',
      '2017-11',
    ]);
    expect(times[2].textContent).to.equal('July 2014');
  });

  it('names each milestone with its title and full date', async () => {
    const timeline = await referenceAt(1280);
    const option = timeline.milestones[2];
    expect(option.getAttribute('role')).to.equal('option');
    // No aria-label: the name comes from the visible date and the full title.
    expect(option.hasAttribute('aria-label')).to.be.false;
    expect(option.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'July 2014 Joint HIFU clinical study application',
    );
    expect(option.getAttribute('aria-setsize')).to.equal('4');
    expect(option.getAttribute('aria-posinset')).to.equal('3');
  });

  it('uses the label attribute as the accessible name of the list', async () => {
    const timeline = await referenceAt(1280);
    expect(timeline.listbox?.getAttribute('aria-label')).to.equal('CQMU and Pleven');
    expect(timeline.listbox?.localName).to.equal('ol');
  });

  it('summarises the data and the compressed gap for screen readers', async () => {
    const timeline = await referenceAt(1280);
    const summary = timeline.root.querySelector('#summary')!.textContent;
    expect(summary).to.contain('4 milestones, 1974 to 2017');
    expect(summary).to.contain('33 years');
  });

  it('renders every part of the contract', async () => {
    const timeline = await referenceAt(1280);
    for (const name of ['timeline', 'axis', 'tick', 'milestone', 'marker', 'label', 'break']) {
      expect(timeline.parts(name), name).to.not.be.empty;
    }
    expect(timeline.part('axis')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('compresses the 33 empty years into an axis break', async () => {
    const timeline = await referenceAt(1280);
    const gaps = timeline.parts('break');
    expect(gaps).to.have.length(1);
    expect(gaps[0].textContent).to.contain('33 years');
    expect(gaps[0].getAttribute('aria-label')).to.contain('1974');
  });

  it('keeps a linear axis without breaks when gaps="linear"', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline gaps="linear" .milestones=${milestones}></partner-timeline>
      </div>`,
    );
    expect(timeline.parts('break')).to.be.empty;
    const x = timeline.milestones.map(
      (m) => timeline.boxOf(m.querySelector('[part~="marker"]')!).x,
    );
    // 1974→2007 is 33 years, 2007→2017-11 is under 11: a linear axis keeps that ratio.
    expect((x[1] - x[0]) / (x[3] - x[1])).to.be.closeTo(33 / 10.83, 0.2);
  });

  for (const width of [320, 768, 1280]) {
    it(`keeps every label inside the element and apart from the others at ${width} px`, async () => {
      const timeline = await referenceAt(width);
      const host = timeline.element.getBoundingClientRect();
      const labels = timeline.parts('label').map((label) => label.getBoundingClientRect());
      expect(labels).to.have.length(4);
      labels.forEach((box, i) => {
        expect(box.left).to.be.at.least(host.left - 0.5);
        expect(box.right).to.be.at.most(host.right + 0.5);
        expect(box.top).to.be.at.least(host.top - 0.5);
        expect(box.bottom).to.be.at.most(host.bottom + 0.5);
        labels.slice(i + 1).forEach((other) => expect(intersects(box, other)).to.be.false);
      });
    });
  }

  it('goes vertical at 320 px and stays horizontal at 1280 px when orientation is auto', async () => {
    const narrow = await referenceAt(320);
    expect(narrow.listbox?.getAttribute('aria-orientation')).to.equal('vertical');
    const wide = await referenceAt(1280);
    expect(wide.listbox?.getAttribute('aria-orientation')).to.equal('horizontal');
  });

  it('follows its own width when resized, without ResizeObserver loop errors', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const timeline = await referenceAt(1280);
      const wrapper = timeline.element.parentElement!;
      const settle = async () => {
        for (let frame = 0; frame < 3; frame++) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        await timeline.element.updateComplete;
      };
      wrapper.style.width = '320px';
      await settle();
      expect(timeline.listbox?.getAttribute('aria-orientation')).to.equal('vertical');
      wrapper.style.width = '1280px';
      await settle();
      expect(timeline.listbox?.getAttribute('aria-orientation')).to.equal('horizontal');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});

describe('<partner-timeline> categories', () => {
  it('colours each category apart and names them in a legend', async () => {
    const timeline = await referenceAt(1280);
    const legend = timeline.part('legend')!;
    expect(legend.getAttribute('aria-label')).to.equal('Categories');
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent.trim())).to.deep.equal([
      'Pleven Medical University',
      'Chongqing Medical University',
    ]);
    const fill = (index: number) =>
      getComputedStyle(timeline.milestones[index].querySelector('[part~="marker"]')!, '::before')
        .backgroundColor;
    expect(fill(0)).to.equal(fill(1));
    expect(fill(2)).to.equal(fill(3));
    expect(fill(0)).to.not.equal(fill(2));
  });

  it('draws no legend for a single category', async () => {
    const timeline = await renderTimeline(
      html`<partner-timeline
        .milestones=${milestones.map((m) => ({...m, category: 'One'}))}
      ></partner-timeline>`,
    );
    expect(timeline.part('legend')).to.equal(null);
  });
});

describe('<partner-timeline> selection', () => {
  it('fires partner-timeline-select once with the milestone and its index on click', async () => {
    const timeline = await referenceAt(1280);
    const events: PartnerTimelineSelectEvent[] = [];
    timeline.element.addEventListener('partner-timeline-select', (e) => events.push(e));
    timeline.milestones[2].querySelector<HTMLElement>('[part~="label"]')!.click();
    await timeline.element.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0].detail.index).to.equal(2);
    expect(events[0].detail.milestone.title).to.equal('Joint HIFU clinical study application');
    expect(events[0].bubbles && events[0].composed).to.be.true;
  });

  it('reflects the selection and shows it in the detail part', async () => {
    const timeline = await referenceAt(1280);
    timeline.milestones[3].click();
    await timeline.element.updateComplete;
    expect(timeline.element.getAttribute('selected')).to.equal('student-exchange');
    expect(timeline.milestones[3].getAttribute('aria-selected')).to.equal('true');
    expect(timeline.milestones[3].getAttribute('part')).to.contain('milestone--selected');
    const detail = timeline.part('detail')!;
    expect(detail.textContent).to.contain('Student exchange agreement signed');
    expect(detail.textContent).to.contain('Erasmus+');
    expect(detail.querySelector('time')!.textContent).to.equal('November 2017');
    await expect(timeline.element).to.be.accessible();
  });

  it('select(id) selects without firing the event', async () => {
    const timeline = await referenceAt(1280);
    let fired = 0;
    timeline.element.addEventListener('partner-timeline-select', () => fired++);
    timeline.element.select('da-vinci-robot');
    await timeline.element.updateComplete;
    expect(timeline.part('detail')!.textContent).to.contain('Da Vinci');
    expect(fired).to.equal(0);
  });

  it('has one tab stop, moves with arrow keys and selects with Enter', async () => {
    const timeline = await referenceAt(1280);
    // One tab stop among the milestones; the zoom toolbar after the listbox has its own.
    expect(timeline.listbox!.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    timeline.tabStop!.focus();
    await sendKeys({press: 'ArrowRight'});
    await timeline.element.updateComplete;
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('2');
    await sendKeys({press: 'End'});
    await timeline.element.updateComplete;
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('4');
    expect(timeline.element.selected).to.equal(null);
    const chosen = oneEvent(timeline.element, 'partner-timeline-select');
    await sendKeys({press: 'Enter'});
    const event: PartnerTimelineSelectEvent = await chosen;
    expect(event.detail.index).to.equal(3);
    expect(timeline.listbox!.querySelectorAll('[tabindex="0"]')).to.have.length(1);
  });
});

describe('<partner-timeline> input', () => {
  it('reads the milestones attribute as JSON', async () => {
    const json = JSON.stringify([
      {date: '2017-11', title: 'Second'},
      {date: '1974', title: 'First'},
    ]);
    const timeline = await renderTimeline(
      html`<partner-timeline milestones=${json}></partner-timeline>`,
    );
    expect(timeline.titles).to.deep.equal(['First', 'Second']);
  });

  it('shows an error, fires partner-timeline-error and still draws the valid milestones', async () => {
    const element = document.createElement('partner-timeline');
    const error = oneEvent(element, 'partner-timeline-error');
    element.milestones = [
      ...milestones.slice(0, 2),
      {date: '2024-02-30', title: 'Impossible'},
      {date: '2019', title: ''},
    ];
    document.body.append(element);
    const event: PartnerTimelineErrorEvent = await error;
    await element.updateComplete;
    const indices = event.detail.issues.map((issue) => issue.index);
    expect(indices).to.include.members([2, 3]);
    expect(event.detail.message).to.be.a('string').and.not.be.empty;
    const errorPart = element.shadowRoot!.querySelector('[part~="error"]')!;
    expect(errorPart.textContent).to.contain('2024-02-30');
    expect(element.shadowRoot!.querySelectorAll('[part~="milestone"]')).to.have.length(2);
    await expect(element).to.be.accessible();
    element.remove();
  });

  it('shows an empty state without an error for an empty list', async () => {
    let errors = 0;
    const timeline = await renderTimeline(
      html`<partner-timeline
        .milestones=${[]}
        @partner-timeline-error=${() => errors++}
      ></partner-timeline>`,
    );
    expect(timeline.part('error')).to.equal(null);
    expect(timeline.root.textContent).to.contain('No milestones to show.');
    expect(errors).to.equal(0);
    await expect(timeline.element).to.be.accessible();
  });

  it('reports malformed JSON in the attribute as an error of the whole input', async () => {
    const timeline = await renderTimeline(
      html`<partner-timeline milestones="[{oops"></partner-timeline>`,
    );
    expect(timeline.part('error')!.textContent).to.match(/JSON/);
    expect(timeline.milestones).to.be.empty;
  });

  it('renders text from data as text, never as HTML', async () => {
    const title = '<img src=x onerror="window.__pwned = true">Bold <b>claim</b>';
    const timeline = await renderTimeline(
      html`<partner-timeline
        .milestones=${[{date: '2020', title, description: '<script>window.__pwned = true</script>'}]}
        selected="x"
      ></partner-timeline>`,
    );
    expect(timeline.root.querySelector('img, b, script')).to.equal(null);
    expect(timeline.titles[0]).to.equal(title);
    expect((window as unknown as {__pwned?: boolean}).__pwned).to.equal(undefined);
  });

  it('drops links whose scheme is not http(s) or relative', async () => {
    const timeline = await renderTimeline(
      html`<partner-timeline
        .milestones=${[
          {id: 'bad', date: '2020', title: 'Bad', url: 'javascript:alert(1)'},
          {id: 'good', date: '2021', title: 'Good', url: 'https://example.org/news'},
        ]}
        selected="bad"
      ></partner-timeline>`,
    );
    expect(timeline.part('detail')!.querySelector('a')).to.equal(null);
    timeline.element.select('good');
    await timeline.element.updateComplete;
    expect(timeline.part('detail')!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://example.org/news',
    );
  });

  it('formats dates in the element locale', async () => {
    const bg = await renderTimeline(
      html`<partner-timeline locale="bg" .milestones=${milestones}></partner-timeline>`,
    );
    expect(bg.dates[2]).to.contain('юли 2014');
    const zh = await renderTimeline(
      html`<partner-timeline locale="zh-CN" .milestones=${milestones}></partner-timeline>`,
    );
    expect(zh.dates[2]).to.equal('2014年7月');
  });

  it('keeps several instances on one page apart', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline .milestones=${milestones}></partner-timeline>
        <partner-timeline .milestones=${milestones.slice(0, 2)}></partner-timeline>
      </div>`,
    );
    const [first, second] = [
      ...timeline.element.parentElement!.querySelectorAll('partner-timeline'),
    ];
    first.shadowRoot!.querySelector<HTMLElement>('[part~="milestone"]')!.click();
    await first.updateComplete;
    await second.updateComplete;
    expect(first.selected).to.equal('pleven-founded');
    expect(second.selected).to.equal(null);
    expect(second.shadowRoot!.querySelectorAll('[part~="milestone"]')).to.have.length(2);
    expect(timeline.milestones).to.have.length(4);
  });
});
