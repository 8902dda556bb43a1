import {executeServerCommand, sendMouse} from '@web/test-runner-commands';
import {frames} from './harness.js';

/** A point on the page, in CSS pixels of the viewport. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Turns the mouse wheel over `at` as a person would (with Ctrl or ⌘ held, for zoom), then waits
 * for the frame that applies it.
 */
export async function wheel(
  at: Point,
  deltaY: number,
  modifiers: readonly ('Control' | 'Meta' | 'Shift')[] = [],
): Promise<void> {
  await executeServerCommand('wheel', {
    x: Math.round(at.x),
    y: Math.round(at.y),
    deltaY,
    modifiers,
  });
  await frames();
}

/** Puts fingers down, moves them, lifts them: touch input through the browser's touch screen. */
export async function touch(type: 'start' | 'move' | 'end', points: readonly Point[] = []) {
  await executeServerCommand('touch', {
    type,
    points: points.map(({x, y}) => ({x: Math.round(x), y: Math.round(y)})),
  });
}

/** A mouse click at the centre of `element`, through the runner's mouse. */
export async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

/** A tap: one finger down and up again at `at`. */
export async function tap(at: Point): Promise<void> {
  await touch('start', [at]);
  await touch('end');
  await frames();
}

/** A node of Chromium's accessibility tree, as a screen reader gets it. */
export interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly description: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** The page's accessibility tree in tree order, ignored nodes left out. */
export function accessibilityTree(): Promise<AxNode[]> {
  return executeServerCommand<AxNode[], Record<string, never>>('ax-tree', {});
}
