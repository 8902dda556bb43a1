import {axis} from './axis.js';
import {controls} from './controls.js';
import {milestones} from './milestones.js';
import {panels} from './panels.js';
import {tokens} from './tokens.js';

/**
 * The element's styles, by concern. Public `--partner-timeline-*` tokens are read once, in
 * `tokens`, through private `--_*` fallbacks; geometry from the layout reaches CSS through other
 * private properties (`--_axis`, `--_pos`, `--_mx`…) set per element.
 */
export const styles = [tokens, axis, milestones, controls, panels];
