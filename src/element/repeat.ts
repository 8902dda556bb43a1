import {nothing} from 'lit';
import {directive, type ChildPart} from 'lit/directive.js';
import {getCommittedValue, getDirectiveClass} from 'lit/directive-helpers.js';
import {
  repeat as litRepeat,
  type ItemTemplate,
  type KeyFn,
  type RepeatDirective,
} from 'lit/directives/repeat.js';

const LitRepeat = getDirectiveClass(litRepeat([], () => nothing)) as typeof RepeatDirective;

/**
 * Lit's keyed `repeat`, minus a leak: from lit-html 3.3.1 on, each item `repeat` drops leaves
 * its end marker (an empty comment) behind, because `removePart()` removes only a part's start
 * marker and content (lit/lit#5298). A zoom or pan step drops a few items, so the markers piled
 * up by thousands in a long session. This removes the end marker of every part the update
 * dropped; once Lit removes it itself, the marker is already gone and this does nothing.
 */
class TidyRepeat extends LitRepeat {
  override update<T>(
    part: ChildPart,
    args: [Iterable<T>, KeyFn<T> | ItemTemplate<T>, ItemTemplate<T>],
  ): ReturnType<RepeatDirective['update']> {
    const committed = getCommittedValue(part);
    // The first render commits its items through Lit's own iterable handling: nothing to drop.
    if (!Array.isArray(committed)) return super.update<T>(part, args);
    // Copied: `repeat` marks the items it moves by writing null into this very array.
    const before = [...(committed as ChildPart[])];
    const result = super.update<T>(part, args);
    const kept = new Set(getCommittedValue(part) as ChildPart[]);
    for (const item of before) {
      if (!kept.has(item)) item.endNode?.parentNode?.removeChild(item.endNode);
    }
    return result;
  }
}

/** `repeat` from `lit/directives/repeat.js`, with the same arguments and keyed behaviour. */
export const repeat = directive(TidyRepeat) as typeof litRepeat;
