import {html, nothing, type TemplateResult} from 'lit';
import type {ParseIssue, TimelineItem} from '../../model/index.js';
import type {PlacedCluster} from '../../layout/index.js';
import {datetimeOf} from '../date-labels.js';
import {styleProperties} from '../style-properties.js';
import {clusterName, errorSummary, formatNumber, type Wording} from '../summaries.js';

/** How many issues the error panel lists; the event carries them all. */
const MAX_LISTED_ISSUES = 5;

/** The expanded view of the selected milestone. */
export function renderDetail(
  item: TimelineItem | undefined,
  date: string,
  wording: Wording,
  onKeydown: (event: KeyboardEvent) => void,
): TemplateResult | typeof nothing {
  if (!item) return nothing;
  // Right after the list, so that Tab from the selected milestone (which points here with
  // aria-details) reads it; Escape goes back.
  return html`<section
    part="detail"
    id="detail"
    tabindex="0"
    aria-label=${item.title}
    @keydown=${onKeydown}
  >
    <p class="detail-title"><bdi>${item.title}</bdi></p>
    <p>
      <time datetime=${datetimeOf(item.date)}>${date}</time>${
        item.category ? html` · <bdi class="category">${item.category}</bdi>` : nothing
      }
    </p>
    ${item.description ? html`<p><bdi>${item.description}</bdi></p>` : nothing}
    ${
      item.url
        ? html`<p><a href=${item.url} rel="noopener noreferrer">${wording.text.moreLink}</a></p>`
        : nothing
    }
  </section>`;
}

/** The summary of rejected input and the first few reasons. */
export function renderError(
  issues: readonly ParseIssue[],
  wording: Wording,
): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  // Input rejected as a whole has one issue, and the summary already says it.
  if (issues[0].index === null) {
    return html`<div part="error" role="alert"><p>${issues[0].message}</p></div>`;
  }
  // Some milestones drawn and some not: said politely, each place counted from 1 as people
  // count; the event keeps the developer's wording and 0-based index.
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const place = (index: number) => wording.text.itemAt(formatNumber(index + 1, wording));
  return html`<div part="error" role="status">
    <p>${errorSummary(issues, wording)}</p>
    <ul>
      ${listed.map(
        (issue) =>
          html`<li>${place(issue.index ?? 0)}: ${issue.message.replace(/^item \d+: /, '')}</li>`,
      )}
      ${
        issues.length > listed.length
          ? html`<li>… ${formatNumber(issues.length - listed.length, wording)}</li>`
          : nothing
      }
    </ul>
  </div>`;
}

/** While `src` loads, a message stands where the empty state would (the status says it). */
export function renderEmpty(loading: boolean, wording: Wording): TemplateResult {
  return loading
    ? html`<p class="empty loading">${wording.text.loading}</p>`
    : html`<p class="empty">${wording.text.empty}</p>`;
}

/** The milestones of a cluster that zoom cannot take apart, each to be chosen. */
export interface ClusterListView {
  readonly cluster: PlacedCluster;
  readonly items: readonly TimelineItem[];
  readonly dateLabel: (index: number) => string;
  /** Where the cluster is drawn along the plot's width, px. */
  readonly at: number;
  readonly wording: Wording;
  readonly onChoose: (index: number) => void;
  readonly onClose: () => void;
}

/**
 * The list of a cluster's milestones, under the plot and pointing at the cluster: each a button
 * that selects its milestone; Escape or the close button go back to the cluster.
 */
export function renderClusterList(view: ClusterListView): TemplateResult {
  const {cluster, wording} = view;
  const name = clusterName(cluster, wording, view.items);
  return html`<section
    part="cluster-list"
    id="cluster-list"
    aria-label=${name}
    style=${styleProperties({'--_at': `${view.at}px`})}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      view.onClose();
    }}
  >
    <p class="cluster-list-heading">${name}</p>
    <button type="button" class="close" aria-label=${wording.text.close} @click=${view.onClose}>
      <span aria-hidden="true">×</span>
    </button>
    <ul>
      ${cluster.indices.map((index) => {
        const item = view.items[index];
        return html`<li>
          <button type="button" data-index=${index} @click=${() => view.onChoose(index)}>
            <time datetime=${datetimeOf(item.date)}>${view.dateLabel(index)}</time>
            <bdi>${item.title}</bdi>
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
