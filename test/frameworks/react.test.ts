import {expect, waitUntil} from '@open-wc/testing';
// React ships CommonJS: default imports are what every bundler (and the test server) provides.
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, {type Root} from 'react-dom/client';
import reference from '../../data/cqmu-pleven.json';
import {PartnerTimeline} from '../../src/react.js';
import type {PartnerTimelineSelectEvent} from '../../src/events.js';
import type {PartnerTimeline as PartnerTimelineElement} from '../../src/partner-timeline.js';

describe('partner-timeline/react', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '1280px';
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  async function rendered(): Promise<PartnerTimelineElement> {
    const element = container.querySelector('partner-timeline');
    if (!element) throw new Error('React rendered no <partner-timeline>');
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="milestone"]'));
    await element.updateComplete;
    return element;
  }

  it('passes milestones as a property and label as an attribute', async () => {
    ReactDOM.flushSync(() =>
      root.render(
        React.createElement(PartnerTimeline, {
          milestones: reference.milestones,
          label: 'From React',
        }),
      ),
    );
    const element = await rendered();
    expect(element.milestones).to.equal(reference.milestones);
    expect(
      element.shadowRoot!.querySelector('[role="listbox"]')!.getAttribute('aria-label'),
    ).to.equal('From React');
    expect(element.shadowRoot!.querySelectorAll('[part~="milestone"]')).to.have.length(4);
  });

  it('calls onSelect with the typed event when a milestone is clicked', async () => {
    const chosen: PartnerTimelineSelectEvent[] = [];
    ReactDOM.flushSync(() =>
      root.render(
        React.createElement(PartnerTimeline, {
          milestones: reference.milestones,
          onSelect: (event: PartnerTimelineSelectEvent) => chosen.push(event),
        }),
      ),
    );
    const element = await rendered();
    element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="milestone"]')[1].click();
    expect(chosen).to.have.length(1);
    expect(chosen[0].detail.milestone.title).to.equal('Da Vinci surgical robot at Pleven');
  });

  it('calls onError when the data is rejected', async () => {
    const messages: string[] = [];
    ReactDOM.flushSync(() =>
      root.render(
        React.createElement(PartnerTimeline, {
          milestones: [{date: '2024-02-30', title: 'Impossible'}],
          onError: (event) => messages.push(event.detail.message),
        }),
      ),
    );
    await waitUntil(() => messages.length > 0);
    expect(messages[0]).to.contain('could not be shown');
  });
});
