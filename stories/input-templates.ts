import {html, type TemplateResult} from 'lit';
import '../src/index.js';
import {referenceMilestones} from './fixtures.js';

/**
 * The ways data reaches `<partner-timeline>`, as plain templates, so that the stories and the
 * tests in test/input render exactly the same thing.
 */

/** Where Storybook serves the reference data (`staticDirs` in .storybook/main.ts). */
export const REFERENCE_URL = 'static-data/cqmu-pleven.json';

function frame(content: unknown, width: string): TemplateResult {
  return html`<div style="width: ${width}; max-width: 100%">${content}</div>`;
}

/** Fetched from `src`: announced while it loads, then drawn; `partner-timeline-load` follows. */
export function sourceTimeline(src = REFERENCE_URL, width = '100%'): TemplateResult {
  return frame(
    html`<partner-timeline label="Loaded from src" src=${src}></partner-timeline>`,
    width,
  );
}

/** A `src` that cannot be loaded: the error part says why, with the HTTP status. */
export function sourceErrorTimeline(
  src = 'static-data/no-such-file.json',
  width = '100%',
): TemplateResult {
  return frame(html`<partner-timeline label="Missing src" src=${src}></partner-timeline>`, width);
}

/**
 * A child `<script type="application/json">`, as a CMS page would write it. Built as DOM so the
 * JSON is the script's text: a Lit template cannot bind inside a `<script>`.
 */
export function inlineScriptTimeline(width = '100%'): TemplateResult {
  const timeline = document.createElement('partner-timeline');
  timeline.label = 'From an inline script';
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify({milestones: referenceMilestones});
  timeline.append(script);
  return frame(timeline, width);
}

/**
 * A light-DOM list: what people and crawlers read before (or without) JavaScript, and the data
 * the element draws once it has loaded.
 */
export function listTimeline(width = '100%'): TemplateResult {
  return frame(
    html`<partner-timeline label="From a list in the page">
      <ol>
        ${referenceMilestones.map(
          (milestone) =>
            html`<li id=${milestone.id ?? ''} data-category=${milestone.category ?? ''}>
              <time datetime=${milestone.date}>${milestone.date}</time> ${milestone.title}
              <p>${milestone.description}</p>
            </li>`,
        )}
      </ol>
    </partner-timeline>`,
    width,
  );
}

const XSS = '<img src=x onerror=alert(1)>';

/**
 * Hostile and broken input from a pasted CMS block: markup, script URLs and CSS in every field,
 * mixed-direction text, an impossible date and a missing title. Three milestones are drawn, as
 * text; the link is dropped; the rest is reported.
 */
export const hostileMilestones: readonly unknown[] = [
  {
    id: `"><script>alert(1)</script>`,
    date: '2014-07',
    title: `${XSS} Joint HIFU study`,
    description: `<svg onload=alert(1)> described`,
    url: 'java\tscript:alert(1)',
    category: 'red;background:url(javascript:alert(1))',
  },
  {date: '2017-11', title: 'جامعة بليفن — student exchange (Erasmus+)', url: 'JaVaScRiPt:alert(1)'},
  {date: '-000044', title: '${alert(1)} {{constructor.constructor("alert(1)")()}}'},
  {date: '2024-02-30', title: XSS},
  {date: '2019', title: '   '},
  {date: `${XSS}`, title: 'Markup for a date'},
];

/** {@link hostileMilestones} through the `milestones` attribute. */
export function hostileTimeline(width = '100%'): TemplateResult {
  return frame(
    html`<partner-timeline
      label="Hostile input"
      milestones=${JSON.stringify(hostileMilestones)}
    ></partner-timeline>`,
    width,
  );
}
