import type {PartialDate} from './types.js';

const SLUG_LENGTH = 40;

/** A word of any script: letters and digits, each with its combining marks. */
const WORD = /(?:[\p{L}\p{N}]\p{M}*)+/gu;

/**
 * A lowercase slug keeping the words of any script: "Joint HIFU study" -> "joint-hifu-study",
 * "学生交流协议" stays as it is. At most 40 code points, cut at a word break where there is one.
 */
export function slugify(text: string): string {
  // Only the head of a very long title can end up in the slug; don't scan the rest.
  const words =
    text
      .slice(0, SLUG_LENGTH * 4)
      .normalize('NFC')
      .toLowerCase()
      .match(WORD) ?? [];
  const joined = words.join('-');
  // No more UTF-16 units than the limit means no more code points either: most titles.
  if (joined.length <= SLUG_LENGTH) return joined;
  const slug = Array.from(joined);
  if (slug.length <= SLUG_LENGTH) return joined;
  const cut = slug.slice(0, SLUG_LENGTH);
  const lastBreak = cut.lastIndexOf('-');
  return (slug[SLUG_LENGTH] === '-' || lastBreak < 0 ? cut : cut.slice(0, lastBreak)).join('');
}

/** An id made from the date as written and the title: `2014-07-joint-hifu-study`. */
export function deriveId(date: PartialDate, title: string): string {
  const datePart = date.iso.replace(/[:.]/g, '-');
  const titlePart = slugify(title);
  return titlePart ? `${datePart}-${titlePart}` : datePart;
}

/**
 * Makes ids unique, in order. Given ids win over derived ones: the first use of each given
 * id keeps it, so links and `selected` keep working; later uses get `-2`, `-3` ….
 * Returns the new id of each item that must change, by its position in `items`.
 */
export function uniqueIds(
  items: readonly {readonly id: string}[],
  idGiven: readonly boolean[],
): Map<number, string> {
  const taken = new Set<string>();
  // The given ids first, wherever they stand; adding an id the set already holds leaves its size.
  const pending: number[] = [];
  items.forEach(({id}, index) => {
    if (!idGiven[index] || taken.size === taken.add(id).size) pending.push(index);
  });
  const renames = new Map<number, string>();
  // Where to resume counting for each base id, so 10,000 copies of one id stay linear.
  const nextSuffix = new Map<string, number>();
  for (const index of pending) {
    const {id} = items[index];
    let unique = id;
    let n = nextSuffix.get(id) ?? 2;
    while (taken.has(unique)) unique = `${id}-${n++}`;
    taken.add(unique);
    if (unique !== id) {
      nextSuffix.set(id, n);
      renames.set(index, unique);
    }
  }
  return renames;
}
