import {
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type {PlacedCluster, TimelineLayout} from '../layout/index.js';
import {renderClusterList, type ClusterListView} from './templates/panels.js';

/** What the list needs from its host besides the cluster: the view's data and what to do. */
export type ClusterListContext = Omit<ClusterListView, 'cluster' | 'at' | 'onClose'> & {
  readonly textZoom: number;
  /** The list closed: the focus goes back to the cluster, with `index` its tab stop. */
  readonly onClose: (index: number) => void;
};

/**
 * The list of a cluster's milestones that zoom cannot take apart: opened by a click on the
 * cluster, it takes the focus once drawn, and closes when a milestone is chosen, on Escape or
 * the close button, or when its cluster is gone (a zoom, new data).
 *
 * @example
 * #clusterList = new ClusterListController(this);
 * this.#clusterList.open(cluster); // from the cluster's click
 * render() { return html`${this.#clusterList.render(layout, context)}`; }
 */
export class ClusterListController implements ReactiveController {
  readonly #host: ReactiveControllerHost & {readonly renderRoot: ParentNode};
  #cluster: PlacedCluster | null = null;
  #focusPending = false;

  constructor(host: ReactiveControllerHost & {readonly renderRoot: ParentNode}) {
    this.#host = host;
    host.addController(this);
  }

  /** The first milestone of the open list's cluster, if a list is open. */
  get first(): number | null {
    return this.#cluster?.indices[0] ?? null;
  }

  open(cluster: PlacedCluster): void {
    this.#cluster = cluster;
    this.#focusPending = true;
    this.#host.requestUpdate();
  }

  close(): void {
    this.#cluster = null;
    this.#host.requestUpdate();
  }

  render(
    layout: TimelineLayout | null,
    context: ClusterListContext,
  ): TemplateResult | typeof nothing {
    const first = this.first;
    const open = first === null ? undefined : layout?.clusters.find((c) => c.indices[0] === first);
    if (!open) return nothing;
    const close = (index: number) => {
      this.close();
      context.onClose(index);
    };
    return renderClusterList({
      ...context,
      cluster: open,
      at: open.marker.x * context.textZoom,
      onChoose: (index) => {
        close(index);
        context.onChoose(index);
      },
      onClose: () => close(open.indices[0]),
    });
  }

  hostUpdated(): void {
    // A list opened by a click takes the focus, so that keys and screen readers reach it.
    if (!this.#focusPending) return;
    this.#focusPending = false;
    this.#host.renderRoot.querySelector<HTMLElement>('[part~="cluster-list"] li button')?.focus();
  }
}
