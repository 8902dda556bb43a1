import {isServer} from 'lit';
import {validLocale} from '../shared/intl.js';

/** Locales named by a `locale` attribute that are not BCP 47 tags, already reported once. */
const reported = new Set<string>();

/**
 * The locale of an element's dates and strings: its `locale` attribute, else the nearest `lang`
 * in the page, else the browser's languages, else English. Each must be a BCP 47 tag (`en_US`
 * is read as `en-US`); one that is not is passed over, so that a page with `lang="C"` or a typo
 * still draws, and a `locale` attribute that is not is reported once in the console.
 *
 * @example
 * resolveLocale(timeline, 'en_US'); // 'en-US'
 * resolveLocale(timeline, '');      // the page's lang, e.g. 'bg'
 */
export function resolveLocale(host: Element, attribute: string): string {
  const own = validLocale(attribute);
  if (own) return own;
  if (attribute && !reported.has(attribute)) {
    reported.add(attribute);
    console.warn(
      `<partner-timeline>: locale "${attribute}" is not a BCP 47 language tag; using the page's`,
    );
  }
  if (isServer) return 'en';
  for (
    let node = host.closest('[lang]');
    node;
    node = node.parentElement?.closest('[lang]') ?? null
  ) {
    const lang = validLocale(node.getAttribute('lang'));
    if (lang) return lang;
  }
  return [...navigator.languages, navigator.language].map(validLocale).find(Boolean) ?? 'en';
}
