import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';

/**
 * Data written inside the element's tag: a child `<script type="application/json">` (its JSON
 * text), or else a light-DOM `<ol>` (the milestone-like objects read from its items). Either
 * goes to the model, which validates and reports it like any other input.
 */
export type InlineData =
  | {readonly kind: 'script'; readonly data: string}
  | {readonly kind: 'list'; readonly data: readonly MilestoneFields[]};

/** The fields of a milestone as read from a list item, all as written (the model checks them). */
export type MilestoneFields = Partial<
  Record<'id' | 'date' | 'end' | 'title' | 'description' | 'url' | 'category', string>
> & {
  approximate?: boolean;
};

const SCRIPT = ':scope > script[type="application/json" i]';
const DESCRIPTION = '[data-description]';

/** Text that is part of the markup but not of what a milestone says. */
const NOT_TITLE_TEXT = 'time, script, style';

/**
 * Reads the data written inside `host`: the first child `<script type="application/json">`,
 * or else the first child `<ol>`; `null` when there is neither.
 *
 * Each `<li>` of the list becomes a milestone:
 * - `date` from its first `<time>` (the `datetime` attribute, else the time's text); `end`
 *   from a second `<time>`, which makes a span;
 * - `title` from the item's own text without the `<time>`s (and what stands between two of
 *   them) and the description, with whitespace collapsed;
 * - `description` from an element marked `data-description`, else from a `<p>` in the item
 *   (so `<li><time>…</time> Title <p>More words</p></li>` reads naturally);
 * - `url` from the first `<a href>`; `id` from the item's `id`; `category` from
 *   `data-category`; `approximate` from a `data-approximate` attribute.
 *
 * @example
 * // <partner-timeline><ol><li><time datetime="1974">1974</time> Founded</li></ol></partner-timeline>
 * readInlineData(timeline); // {kind: 'list', data: [{date: '1974', title: 'Founded'}]}
 */
export function readInlineData(host: Element): InlineData | null {
  const script = host.querySelector(SCRIPT);
  if (script) return {kind: 'script', data: script.textContent ?? ''};
  const list = host.querySelector(':scope > ol');
  if (!list) return null;
  const items = list.querySelectorAll<HTMLLIElement>(':scope > li');
  return {kind: 'list', data: Array.from(items, readListItem)};
}

function readListItem(item: HTMLLIElement): MilestoneFields {
  const description =
    item.querySelector(DESCRIPTION) ??
    [...item.querySelectorAll('p')].find((paragraph) => !paragraph.querySelector('time'));
  const times = [...item.querySelectorAll('time')].filter((time) => !description?.contains(time));
  const [date, end] = times.map((time) => time.getAttribute('datetime') ?? time.textContent);
  const fields: MilestoneFields = {title: titleOf(item, description, times)};
  if (date !== undefined) fields.date = date;
  if (end !== undefined) fields.end = end;
  if (description) fields.description = collapse(description.textContent);
  const url = item.querySelector('a[href]')?.getAttribute('href');
  if (url) fields.url = url;
  if (item.id) fields.id = item.id;
  const category = item.getAttribute('data-category');
  if (category) fields.category = category;
  if (item.hasAttribute('data-approximate')) fields.approximate = true;
  return fields;
}

/**
 * The item's own text: without its `<time>`s (and scripts, styles), its description, and the
 * text between a start and an end `<time>` (the dash of "2014–2017").
 */
function titleOf(
  item: HTMLLIElement,
  description: Element | undefined | null,
  [start, end]: readonly HTMLTimeElement[],
): string {
  const walker = item.ownerDocument.createTreeWalker(item, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const excluded = node.parentElement?.closest(NOT_TITLE_TEXT);
    if ((excluded && item.contains(excluded)) || description?.contains(node)) continue;
    if (start && end && isBetween(node, start, end)) continue;
    text += node.textContent;
  }
  return collapse(text);
}

function isBetween(node: Node, start: Node, end: Node): boolean {
  return (
    (start.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
    (end.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0
  );
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Light-DOM changes that can change the inline data. */
const LIGHT_DOM_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  // Not the host's own attributes (`selected` reflects on every choice): only those read above.
  attributeFilter: [
    'datetime',
    'href',
    'type',
    'id',
    'data-description',
    'data-category',
    'data-approximate',
  ],
};

/**
 * Keeps {@link readInlineData} of the host current: reads it on connect and again whenever the
 * light DOM changes, and asks for an update only when what it reads has changed.
 *
 * @example
 * #inline = new InlineDataController(this);
 * // in willUpdate:
 * const inline = this.#inline.value;
 */
export class InlineDataController implements ReactiveController {
  /** The inline data; a new object only when its content changed. */
  value: InlineData | null = null;
  #key: string | null = null;
  readonly #host: ReactiveControllerHost & Element;
  /** Made on first connect: a server render has no MutationObserver. */
  #observer: MutationObserver | null = null;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.#observer ??= new MutationObserver(() => this.#read());
    this.#observer.observe(this.#host, LIGHT_DOM_CHANGES);
    this.#read();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #read(): void {
    const value = readInlineData(this.#host);
    const key = value && JSON.stringify(value);
    if (key === this.#key) return;
    this.#key = key;
    this.value = value;
    this.#host.requestUpdate();
  }
}
