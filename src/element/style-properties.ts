import {noChange} from 'lit';
import {Directive, directive, PartType, type AttributePart, type PartInfo} from 'lit/directive.js';

import type {Box} from '../layout/index.js';

/** CSS properties (custom, like `--_mx`, or not) and their values, as the layout computed them. */
export type StyleProperties = Readonly<Record<string, string>>;

/**
 * Where an absolutely positioned box goes, as real properties rather than custom ones: a custom
 * property is inherited, so changing it restyles every element inside the box, and each zoom or
 * pan step moves every box.
 */
export function boxProperties({x, y, width, height}: Box): StyleProperties {
  return {
    'inset-inline-start': `${x}px`,
    top: `${y}px`,
    width: `${width}px`,
    height: `${height}px`,
  };
}

/**
 * Sets custom properties on an element through the CSSOM (`style.setProperty`), on the first
 * render as on every later one. Lit's `styleMap` writes its first render as a `style`
 * attribute string, which a page whose Content-Security-Policy has `style-src` without
 * `'unsafe-inline'` blocks (see lit/rfcs#13); the CSSOM is not subject to that policy.
 *
 * Use it as the only binding of a `style` attribute. Values come from the layout (numbers),
 * never from data.
 *
 * @example
 * html`<li style=${styleProperties({'--_x': `${x}px`})}></li>`
 */
class StylePropertiesDirective extends Directive {
  /** What the last update set: a zoom step re-renders every entry, and most values stay. */
  #previous: StyleProperties = {};

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProperties() must be the binding of a style attribute');
    }
  }

  /** Server rendering has no CSSOM: there the properties become the attribute's text. */
  render(properties: StyleProperties): string {
    return Object.entries(properties)
      .map(([name, value]) => `${name}:${value};`)
      .join('');
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const {style} = part.element;
    const previous = this.#previous;
    for (const name in previous) {
      if (!(name in properties)) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(properties)) {
      if (previous[name] !== value) style.setProperty(name, value);
    }
    this.#previous = properties;
    return noChange;
  }
}

/** Sets custom properties through the CSSOM, so that a strict `style-src` does not block them. */
export const styleProperties = directive(StylePropertiesDirective);
