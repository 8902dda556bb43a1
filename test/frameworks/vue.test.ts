import {expect, waitUntil} from '@open-wc/testing';
// Vue's browser build with its template compiler, as a page without a build step would load it.
import {createApp, ref} from 'vue/dist/vue.esm-browser.prod.js';
import reference from '../../data/cqmu-pleven.json';
import '../../src/index.js';
import type {SelectDetail} from '../../src/events.js';
import type {PartnerTimeline} from '../../src/partner-timeline.js';

describe('<partner-timeline> in a Vue app', () => {
  let host: HTMLElement;

  beforeEach(() => {
    host = document.createElement('div');
    host.style.width = '1280px';
    document.body.append(host);
  });

  afterEach(() => host.remove());

  it('takes data as a property and reports choices through the event', async () => {
    const chosen: string[] = [];
    const app = createApp({
      // The README's Vue example, verbatim.
      template: `<partner-timeline
        label="From Vue"
        :milestones.prop="milestones"
        @partner-timeline-select="onSelect"
      ></partner-timeline>`,
      setup() {
        const milestones = ref(reference.milestones);
        const onSelect = (event: CustomEvent<SelectDetail>) =>
          chosen.push(event.detail.milestone.title);
        return {milestones, onSelect};
      },
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag === 'partner-timeline';
    app.mount(host);
    const element = host.querySelector('partner-timeline') as PartnerTimeline;
    await waitUntil(() => element.shadowRoot?.querySelectorAll('[part~="milestone"]').length === 4);
    element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="milestone"]')[3].click();
    expect(chosen).to.deep.equal(['Student exchange agreement signed']);
    app.unmount();
  });
});
