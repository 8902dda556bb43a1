import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from '../repeat.js';
import type {TimelineItem} from '../../model/index.js';
import type {
  AxisBreak,
  EdgeSide,
  PlacedCluster,
  PlacedEdge,
  PlacedMilestone,
  TimelineLayout,
} from '../../layout/index.js';
import {categoryColor, categoryId} from '../categories.js';
import {datetimeOf} from '../date-labels.js';
import {boxProperties, styleProperties} from '../style-properties.js';
import {labelLines} from '../label-lines.js';
import {clusterName, formatCount, gapName, type Wording} from '../summaries.js';

/** Everything the plot draws from: the layout and the state around it. */
export interface PlotView {
  readonly layout: TimelineLayout;
  /** Every valid milestone, in date order. */
  readonly items: readonly TimelineItem[];
  readonly dateLabel: (index: number) => string;
  readonly selected: string | null;
  /** Index of the milestone that holds the tab stop. */
  readonly active: number;
  /** The active milestone drawn out of its cluster while keyboard focus is in the list. */
  readonly lifted: PlacedMilestone | null;
  readonly categories: ReadonlyMap<string, number>;
  /** The plot's CSS zoom for text larger than the design size. */
  readonly textZoom: number;
  readonly wording: Wording;
  /** Accessible name of the listbox. */
  readonly label: string;
  readonly onClick: (event: MouseEvent) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onFocusMove: (event: FocusEvent) => void;
  /** An edge control was pressed. */
  readonly onEdge: (side: EdgeSide) => void;
  /** The first milestone of the cluster whose list is open, if one is. */
  readonly listed: number | null;
}

/** A cluster's half size: the 24 px target of WCAG 2.5.8. */
const CLUSTER_HALF = 12;

function firstIndex(entry: PlacedMilestone | PlacedCluster): number {
  return 'indices' in entry ? (entry.indices[0] ?? 0) : entry.index;
}

/**
 * A zero-height element as wide as the element's content box, whose width the layout follows,
 * holding a probe styled as each role of text is drawn, whose style the layout measures with,
 * and the extent that gives the element its intrinsic width (see `.extent` in the styles).
 */
export function renderSizer(): TemplateResult {
  return html`<div class="sizer" aria-hidden="true">
    <span class="probe-title"></span><span class="probe-date"></span
    ><span class="probe-tick"></span>
    <div class="extent">${EXTENT}</div>
  </div>`;
}

const EXTENT = html`<span></span> <span></span> <span></span> <span></span> <span></span>
  <span></span> <span></span> <span></span> <span></span> <span></span> <span></span> <span></span>
  <span></span> <span></span> <span></span> <span></span>`;

/** The plot: axis, breaks, and the listbox of milestones and clusters, in date order. */
export function renderPlot(view: PlotView): TemplateResult {
  const {layout, lifted, active} = view;
  // A lifted milestone leaves its cluster, so that each milestone is drawn exactly once:
  // alone, or counted in one cluster.
  const clusters = lifted
    ? layout.clusters.map((cluster) => ({
        ...cluster,
        indices: cluster.indices.filter((index) => index !== lifted.index),
      }))
    : layout.clusters;
  const placed: Array<PlacedMilestone | PlacedCluster> = [...layout.milestones, ...clusters];
  if (lifted) placed.push(lifted);
  placed.sort((a, b) => firstIndex(a) - firstIndex(b));
  const clusterOrder = new Map(clusters.map((cluster, order) => [cluster, order]));
  const hasTabStop =
    lifted !== null ||
    layout.milestones.some((placed) => placed.index === active) ||
    clusters.some((cluster) => cluster.indices.includes(active));
  // The plot grows to hold a lifted label, so that it never covers what follows the plot.
  const height = Math.max(layout.height, lifted ? lifted.label.y + lifted.label.height : 0);
  return html`
    <div
      class="plot"
      style=${styleProperties({
        height: `${height}px`,
        '--_axis': `${layout.axis}px`,
        '--_zoom': String(view.textZoom),
        '--_line-height': `${layout.lineHeight}px`,
      })}
    >
      ${renderAxis(layout)} ${layout.breaks.map((gap) => renderBreak(gap, view.wording))}
      <ol
        role="listbox"
        aria-label=${view.label}
        aria-describedby="summary"
        aria-orientation=${layout.orientation}
        tabindex=${hasTabStop ? nothing : 0}
        @click=${view.onClick}
        @keydown=${view.onKeydown}
        @focusin=${view.onFocusMove}
        @focusout=${view.onFocusMove}
      >
        ${repeat(
          placed,
          (entry) =>
            // Clusters are keyed by their order: a zoom or pan step regroups every cluster,
            // and their elements are updated in place rather than made anew. A cluster also
            // keeps its element while the focus lifts a milestone out of it, so that a click
            // on it (focus, then click) lands on the same element.
            'indices' in entry
              ? `c${clusterOrder.get(entry)}`
              : `${entry === lifted ? 'l' : 'm'}${entry.index}`,
          (entry) =>
            'indices' in entry
              ? renderCluster(entry, view)
              : renderMilestone(entry, view, entry === lifted),
        )}
      </ol>
      ${layout.edges.map((edge) => renderEdge(edge, view))}
    </div>
  `;
}

/**
 * A control at an end of a zoomed view: how many milestones lie beyond it, and a way there. In
 * the tick row (the tick column of a vertical axis), which the layout keeps clear for it.
 */
function renderEdge(edge: PlacedEdge, view: PlotView): TemplateResult {
  return html`<button
    type="button"
    part="edge edge--${edge.side}"
    class="edge ${edge.side}"
    style=${styleProperties({'--_pos': `${edge.start}px`, '--_size': `${edge.size}px`})}
    @click=${() => view.onEdge(edge.side)}
  >
    <span class="arrow" aria-hidden="true"></span>${edge.label}
  </button>`;
}

function renderAxis(layout: TimelineLayout): TemplateResult {
  return html`<div part="axis" aria-hidden="true">
    <span class="axis-line"></span>
    ${layout.ticks.map(
      (tick) =>
        html`<span part="tick" style=${styleProperties({'--_pos': `${tick.position}px`})}
          >${tick.label}</span
        >`,
    )}
  </div>`;
}

function renderBreak(gap: AxisBreak, wording: Wording): TemplateResult {
  return html`<div
    part="break"
    role="img"
    aria-label=${gapName(gap, wording)}
    style=${styleProperties({
      '--_pos': `${gap.position}px`,
      '--_size': `${gap.size}px`,
      '--_shift': `${gap.labelPosition - gap.position}px`,
    })}
  >
    <span class="break-text">${gap.label}</span>
  </div>`;
}

/** One milestone; `lifted` when it is drawn out of its cluster because it holds the focus. */
function renderMilestone(placed: PlacedMilestone, view: PlotView, lifted: boolean): TemplateResult {
  const item = view.items[placed.index];
  const date = view.dateLabel(placed.index);
  const isSelected = item.id === view.selected;
  const {label, marker, bar, anchor} = placed;
  const markerOffset = {'--_mx': `${marker.x - label.x}px`, '--_my': `${marker.y - label.y}px`};
  return html`<li
    part=${isSelected ? 'milestone milestone--selected' : 'milestone'}
    role="option"
    class=${`side-${placed.side}${item.approximate ? ' approximate' : ''}${lifted ? ' lifted' : ''}`}
    data-index=${placed.index}
    data-id=${item.id}
    aria-selected=${isSelected ? 'true' : 'false'}
    aria-details=${isSelected ? 'detail' : nothing}
    aria-setsize=${view.items.length}
    aria-posinset=${placed.index + 1}
    aria-describedby=${categoryId(view.categories, item.category) ?? nothing}
    tabindex=${placed.index === view.active ? 0 : -1}
    style=${styleProperties({
      ...boxProperties(label),
      ...categoryColor(view.categories, item.category),
    })}
  >
    ${
      bar
        ? html`<span
            class="bar"
            style=${styleProperties(boxProperties({...bar, x: bar.x - label.x, y: bar.y - label.y}))}
          ></span>`
        : nothing
    }
    ${
      anchor
        ? html`<span
            class="leader"
            style=${styleProperties({
              ...markerOffset,
              '--_ax': `${anchor.x - label.x}px`,
              '--_ay': `${anchor.y - label.y}px`,
            })}
          ></span>`
        : nothing
    }
    <span part="marker" style=${styleProperties(markerOffset)}></span>
    <span part="label"
      ><time class="date" datetime=${datetimeOf(item.date)}
        >${renderLines(date, placed.dateLines ?? [date])}</time
      >
      <bdi class="title">${renderLines(item.title, placed.lines)}</bdi></span
    >
  </li>`;
}

/**
 * A label's text drawn in the lines the layout measured, one block each, never wrapped again by
 * the browser, so that inherited typography cannot cut it. The whole text stays in the element
 * and so in the option's name (read from its content): what the layout cut is visually hidden.
 */
function renderLines(text: string, wrapped: readonly string[]): TemplateResult {
  const {lines, rest} = labelLines(text, wrapped);
  return html`${lines.map(
    (line) => html`${line.before}<span class=${line.cut ? 'line cut' : 'line'}>${line.text}</span>`,
  )}${rest ? html`<span class="rest">${rest}</span>` : nothing}`;
}

function renderCluster(cluster: PlacedCluster, view: PlotView): TemplateResult {
  const {x, y} = cluster.marker;
  const size = 2 * CLUSTER_HALF;
  // A cluster holding the selected milestone is selected too: marked, and said so.
  const holdsSelected = cluster.indices.some((index) => view.items[index]?.id === view.selected);
  return html`<li
    part="cluster"
    role="option"
    class=${holdsSelected ? 'holds-selected' : nothing}
    aria-selected=${holdsSelected ? 'true' : 'false'}
    aria-label=${clusterName(cluster, view.wording, view.items)}
    aria-controls=${cluster.indices[0] === view.listed ? 'cluster-list' : nothing}
    data-index=${cluster.indices[0]}
    data-count=${cluster.indices.length}
    tabindex=${cluster.indices.includes(view.active) ? 0 : -1}
    style=${styleProperties(
      boxProperties({x: x - CLUSTER_HALF, y: y - CLUSTER_HALF, width: size, height: size}),
    )}
  >
    <span part="marker"></span
    ><span class="cluster-count" aria-hidden="true"
      >+${formatCount(cluster.indices.length, view.wording)}</span
    >
  </li>`;
}
