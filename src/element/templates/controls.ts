import {html, nothing, type TemplateResult} from 'lit';
import {categoryColor, categoryId} from '../categories.js';
import {styleProperties} from '../style-properties.js';
import type {TimelineStrings} from '../../i18n.js';

/** One zoom button: its name, what it shows, whether it does anything now, what it does. */
export interface ZoomButton {
  readonly name: string;
  readonly glyph: string;
  readonly enabled: boolean;
  readonly zoom: () => void;
}

/** The zoom toolbar, its roving tab stop and the keys that move it. */
export interface ToolbarView {
  readonly buttons: readonly ZoomButton[];
  readonly active: number;
  readonly text: TimelineStrings;
  readonly onKeydown: (event: KeyboardEvent) => void;
  /** A button was pressed: it takes the tab stop. */
  readonly onPress: (index: number) => void;
}

/**
 * The zoom buttons: outside the listbox, whose options are only milestones, and after it in
 * the tab order, so that the first Tab into the timeline lands on a milestone.
 */
export function renderToolbar(view: ToolbarView): TemplateResult {
  // aria-disabled rather than disabled: in a toolbar, buttons that do nothing now stay
  // focusable so that arrow keys do not skip them (WAI-ARIA toolbar pattern).
  return html`<div
    role="toolbar"
    class="toolbar"
    aria-label=${view.text.zoomToolbar}
    @keydown=${view.onKeydown}
  >
    ${view.buttons.map(
      (button, index) =>
        html`<button
          type="button"
          tabindex=${index === view.active ? 0 : -1}
          aria-disabled=${button.enabled ? nothing : 'true'}
          aria-label=${button.glyph === button.name ? nothing : button.name}
          title=${button.name}
          @click=${() => {
            view.onPress(index);
            if (button.enabled) button.zoom();
          }}
        >
          ${button.glyph}
        </button>`,
    )}
  </div>`;
}

/** The categories and their colours; a single category needs no key. */
export function renderLegend(
  categories: ReadonlyMap<string, number>,
  hidden: readonly string[],
  text: TimelineStrings,
  onToggle: (category: string) => void,
): TemplateResult | typeof nothing {
  if (categories.size < 2) return nothing;
  // Each category is a toggle button (aria-pressed: shown) that hides its milestones or brings
  // them back; the list keeps its name, so the group is announced as the legend.
  return html`<ul part="legend" aria-label=${text.legend}>
    ${[...categories.keys()].map(
      (category) =>
        html`<li>
          <button
            type="button"
            part="legend-item"
            id=${categoryId(categories, category)!}
            aria-pressed=${hidden.includes(category) ? 'false' : 'true'}
            @click=${() => onToggle(category)}
          >
            <span
              class="swatch"
              aria-hidden="true"
              style=${styleProperties(categoryColor(categories, category))}
            ></span
            ><bdi>${category}</bdi>
          </button>
        </li>`,
    )}
  </ul>`;
}
