import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {ref} from 'lit/directives/ref.js';
import '../src/index.js';
import type {PartnerTimeline} from '../src/partner-timeline.js';
import {referenceMilestones, sameDayVisits} from './fixtures.js';

/**
 * The states of the interaction stories as plain templates, so that the stories and the tests in
 * test/a11y render exactly the same thing.
 */

const label = 'CQMU and Pleven cooperation';

/** Zooms a timeline to 2006–2017 once it has drawn: there is no attribute for a zoom. */
const zoomAfterDraw = ref((element) => {
  const timeline = element as PartnerTimeline | undefined;
  void timeline?.updateComplete.then(() => timeline.zoomTo('2006', '2017'));
});

function timeline(attributes: {selected?: string; locale?: string} = {}): TemplateResult {
  return html`<partner-timeline
    label=${label}
    .milestones=${referenceMilestones}
    selected=${ifDefined(attributes.selected)}
    locale=${ifDefined(attributes.locale)}
  ></partner-timeline>`;
}

/** The HIFU study selected: its detail shows below the plot, its marker and label in the selected colour. */
export function selectedTimeline(width = '100%'): TemplateResult {
  return html`<div style="width: ${width}; max-width: 100%">
    ${timeline({selected: 'hifu-joint-study'})}
  </div>`;
}

/** Zoomed to 2006–2017 with `zoomTo`: 1974 is out of range, the layout ran again on the range. */
export function zoomedTimeline(width = '100%'): TemplateResult {
  return html`<div style="width: ${width}; max-width: 100%">
    <partner-timeline
      label=${label}
      .milestones=${referenceMilestones}
      ${zoomAfterDraw}
    ></partner-timeline>
  </div>`;
}

/** Zoomed to 2013–2018: the edge controls count the milestones before the view and reveal them. */
export function pannedTimeline(width = '100%'): TemplateResult {
  const zoom = ref((element) => {
    const timeline = element as PartnerTimeline | undefined;
    void timeline?.updateComplete.then(() => timeline.zoomTo('2013', '2018'));
  });
  return html`<div style="width: ${width}; max-width: 100%">
    <partner-timeline label=${label} .milestones=${referenceMilestones} ${zoom}></partner-timeline>
  </div>`;
}

/** Thirteen visits on one day beside the reference data, with their cluster's list open. */
export function clusterListTimeline(width = '100%'): TemplateResult {
  const open = ref((element) => {
    const timeline = element as PartnerTimeline | undefined;
    void timeline?.updateComplete.then(() => {
      const cluster = timeline.shadowRoot?.querySelector<HTMLElement>('[part~="cluster"]');
      cluster?.click();
    });
  });
  return html`<div style="width: ${width}; max-width: 100%">
    <partner-timeline
      label=${label}
      .milestones=${[...referenceMilestones, ...sameDayVisits]}
      ${open}
    ></partner-timeline>
  </div>`;
}

/** In a flex row beside a sidebar, the page layout most apps have: the element takes the rest. */
export function sidebarTimeline(width = '100%'): TemplateResult {
  return html`<div style="width: ${width}; max-width: 100%; display: flex; gap: 16px">
    <nav
      style="flex: 0 0 200px; padding: 8px; background: color-mix(in srgb, CanvasText 6%, Canvas)"
    >
      <p style="margin: 0">A sidebar, 200 px</p>
    </nav>
    ${timeline()}
  </div>`;
}

/** Instructions, and a button before and after, so that Tab in and out can be tried. */
export function keyboardOnlyTimeline(width = '100%'): TemplateResult {
  return html`<div style="width: ${width}; max-width: 100%">
    <h2 style="font-size: 1rem">Using the timeline with the keyboard</h2>
    <ul style="margin-block: 0 12px">
      <li>Tab moves into the timeline onto one milestone; Tab again leaves it.</li>
      <li>
        Left and Right arrows (Up and Down when vertical) move between milestones in date order;
        Home and End go to the first and last; Page Up and Page Down jump further.
      </li>
      <li>Enter or Space opens the focused milestone below the timeline; Escape closes it.</li>
      <li>
        + zooms in around the focused milestone, − zooms out, 0 shows everything again; the zoom
        buttons after the timeline do the same.
      </li>
    </ul>
    <button type="button" id="before">Before the timeline</button>
    ${timeline()}
    <button type="button" id="after">After the timeline</button>
  </div>`;
}

/** A dark container that declares `color-scheme: dark`: the element follows it. */
export function darkTimeline(width = '100%'): TemplateResult {
  return html`<div
    style="box-sizing: border-box; width: ${width}; max-width: 100%; color-scheme: dark; background: #131316; color: #e4e2e6; padding: 16px"
  >
    ${timeline({selected: 'student-exchange'})}
  </div>`;
}

/**
 * Forced colours (Windows High Contrast) cannot be switched on by a page; emulate them in the
 * browser instead (Chromium DevTools: Rendering → Emulate CSS media feature forced-colors).
 */
export function forcedColorsTimeline(width = '100%'): TemplateResult {
  return html`<div style="width: ${width}; max-width: 100%">
    <p>
      Emulate forced colours in your browser to see this state: in Chromium DevTools open Rendering
      and set “Emulate CSS media feature forced-colors” to “active”. The markers keep system colours
      (<code>forced-color-adjust: none</code> with <code>CanvasText</code>; the selected one in
      <code>Highlight</code>), so they stay visible in any contrast theme.
    </p>
    ${timeline({selected: 'da-vinci-robot'})}
  </div>`;
}

/** In a right-to-left page: the earliest milestone is on the right and the arrow keys mirror. */
export function rtlTimeline(width = '100%'): TemplateResult {
  return html`<div dir="rtl" style="width: ${width}; max-width: 100%">${timeline()}</div>`;
}

/** The page's language (`lang="bg"`) sets dates and built-in strings. */
export function bulgarianTimeline(width = '100%'): TemplateResult {
  return html`<div lang="bg" style="width: ${width}; max-width: 100%">
    ${timeline({selected: 'hifu-joint-study'})}
  </div>`;
}

/** `locale="zh-CN"` on the element: "2014年7月". */
export function chineseTimeline(width = '100%'): TemplateResult {
  return html`<div style="width: ${width}; max-width: 100%">
    ${timeline({selected: 'hifu-joint-study', locale: 'zh-CN'})}
  </div>`;
}
