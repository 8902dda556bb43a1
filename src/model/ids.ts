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
  const slug = Array.from(words.join('-'));
  if (slug.length <= SLUG_LENGTH) return slug.join('');
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
 * Returns the final ids, in input order.
 */
export function uniqueIds(requests: readonly {id: string; given: boolean}[]): string[] {
  const taken = new Set<string>();
  const keeps = requests.map(({id, given}) => {
    const keep = given && !taken.has(id);
    if (keep) taken.add(id);
    return keep;
  });
  // Where to resume counting for each base id, so 10,000 copies of one id stay linear.
  const nextSuffix = new Map<string, number>();
  return requests.map(({id}, index) => {
    if (keeps[index]) return id;
    let candidate = id;
    let n = nextSuffix.get(id) ?? 2;
    while (taken.has(candidate)) candidate = `${id}-${n++}`;
    nextSuffix.set(id, n);
    taken.add(candidate);
    return candidate;
  });
}
