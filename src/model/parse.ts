import {parsePartialDate} from './dates.js';
import {deriveId, uniqueIds} from './ids.js';
import {inDateOrder} from './order.js';
import type {Milestone, ParseIssue, ParseResult, TimelineItem} from './types.js';
import {describeError, describeValue, isBlank, quote, toWellFormed} from './text.js';
import {safeUrl} from './url.js';

const EXPECTED = 'expected an array of milestones or {"milestones": [...]}';

/** The list of raw milestones in the input, or why there is none. */
type MilestoneList =
  {list: readonly unknown[]; issue?: undefined} | {list?: undefined; issue: ParseIssue};

function inputIssue(message: string): {issue: ParseIssue} {
  return {issue: {index: null, message, severity: 'error'}};
}

/** Reads an own property only, so prototypes (and `__proto__` tricks) never leak in. */
function readOwn(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

function milestoneList(input: unknown): MilestoneList {
  if (typeof input !== 'string') return unwrap(input);
  if (input.trim() === '') return {list: []};
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch (error) {
    return inputIssue(`the data is not valid JSON: ${describeError(error)}`);
  }
  // A JSON document that is itself a string is not parsed a second time.
  return typeof parsed === 'string' ? inputIssue(`${EXPECTED}, got a JSON string`) : unwrap(parsed);
}

function unwrap(value: unknown): MilestoneList {
  if (value === null || value === undefined) return {list: []};
  if (Array.isArray(value)) return {list: value};
  if (typeof value === 'object') {
    const milestones = readOwn(value, 'milestones');
    if (Array.isArray(milestones)) return {list: milestones};
    const what =
      milestones === undefined
        ? 'without a "milestones" array'
        : `whose "milestones" is ${describeValue(milestones)}`;
    return inputIssue(`${EXPECTED}, got an object ${what}`);
  }
  return inputIssue(`${EXPECTED}, got ${describeValue(value)}`);
}

/** Thrown when reading a field throws (a getter or a Proxy trap), to name the field. */
class FieldReadError extends Error {
  constructor(
    readonly field: keyof Milestone,
    cause: unknown,
  ) {
    super(`reading ${field} failed`, {cause});
  }
}

/** Reads a field of a milestone with {@link readOwn}, naming the field if that throws. */
function readField(record: object, field: keyof Milestone): unknown {
  try {
    return readOwn(record, field);
  } catch (error) {
    throw new FieldReadError(field, error);
  }
}

/** Like the public type, but writable while it is being built. */
type Draft<T> = {-readonly [K in keyof T]: T[K]};

/**
 * What one parse has found so far: the items kept and the issues. One per parse, not per item:
 * 100,000 valid milestones should not make 100,000 empty lists.
 */
class Findings {
  readonly items: TimelineItem[] = [];
  /** For each kept item, whether its id was given rather than derived: given ids win clashes. */
  readonly idGiven: boolean[] = [];
  readonly issues: ParseIssue[] = [];
  /** Input index of the item being read. */
  index = 0;

  error(message: string, field?: keyof Milestone): undefined {
    return this.add('error', message, field);
  }

  warn(message: string, field: keyof Milestone): undefined {
    return this.add('warning', message, field);
  }

  private add(severity: ParseIssue['severity'], message: string, field?: string): undefined {
    const {index} = this;
    this.issues.push({
      index,
      ...(field && {field}),
      message: `item ${index}: ${message}`,
      severity,
    });
    return undefined;
  }
}

/** `null` stands for "not given" in optional fields, as JSON writers often emit it. */
function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

/** `field must be <expected>, got <value>`: the start of every wrong-type issue. */
function wrongType(field: keyof Milestone, expected: string, value: unknown): string {
  return `${field} must be ${expected}, got ${describeValue(value)}`;
}

function readDateField(value: unknown, field: 'date' | 'end', found: Findings) {
  if (typeof value !== 'string') {
    return found.error(wrongType(field, 'a date string such as "2014-07"', value), field);
  }
  const parsed = parsePartialDate(value);
  return typeof parsed === 'string' ? found.error(`${field} ${parsed}`, field) : parsed;
}

function readTitle(value: unknown, found: Findings): string | undefined {
  if (value === undefined) return found.error('title is missing', 'title');
  if (typeof value !== 'string') return found.error(wrongType('title', 'a string', value), 'title');
  // Trimmed at the ends only: a title with visible text keeps its invisible characters.
  const title = toWellFormed(value).trim();
  if (title === '') return found.error('title is empty', 'title');
  return isBlank(title)
    ? found.error('title is empty: it has only invisible characters', 'title')
    : title;
}

/** An optional text field, as written; a value of the wrong type is dropped with a warning. */
function readOptionalText(
  value: unknown,
  field: 'description' | 'category' | 'url',
  found: Findings,
): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return toWellFormed(value);
  return found.warn(`${wrongType(field, 'a string', value)}; it was dropped`, field);
}

function readUrl(value: unknown, found: Findings): string | undefined {
  const text = readOptionalText(value, 'url', found);
  if (text === undefined) return undefined;
  const url = safeUrl(text);
  if (url === undefined && text.trim() !== '') {
    found.warn(
      `url ${quote(text.trim())} was dropped: only http(s) and relative links are allowed`,
      'url',
    );
  }
  return url;
}

function readApproximate(value: unknown, found: Findings): boolean {
  if (typeof value === 'boolean') return value;
  if (!isAbsent(value)) {
    found.warn(
      `${wrongType('approximate', 'true or false', value)}; it was treated as false`,
      'approximate',
    );
  }
  return false;
}

/** The id as given, if usable; numbers are accepted because JSON writers often emit them. */
function readId(value: unknown, found: Findings): string | undefined {
  if (typeof value === 'string') return toWellFormed(value).trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (isAbsent(value)) return undefined;
  return found.warn(`${wrongType('id', 'a string', value)}; an id was derived instead`, 'id');
}

/** Validates the item at `found.index`, and keeps it, or reports why it cannot be kept. */
function validate(raw: unknown, found: Findings): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    found.error(`expected a milestone object, got ${describeValue(raw)}`);
    return;
  }
  // Each field is read once, all of them before any is judged.
  const idValue = readField(raw, 'id');
  const dateValue = readField(raw, 'date');
  const endValue = readField(raw, 'end');
  const titleValue = readField(raw, 'title');
  const descriptionValue = readField(raw, 'description');
  const urlValue = readField(raw, 'url');
  const categoryValue = readField(raw, 'category');
  const approximateValue = readField(raw, 'approximate');

  // Errors come first: an item with any is dropped, and the warnings logged after them go too.
  const {issues} = found;
  const firstIssue = issues.length;
  const date =
    dateValue === undefined
      ? found.error('date is missing', 'date')
      : readDateField(dateValue, 'date', found);
  const end = isAbsent(endValue) ? undefined : readDateField(endValue, 'end', found);
  if (date && end && end.time < date.time) {
    found.error(`end ${quote(end.iso)} is before date ${quote(date.iso)}`, 'end');
  }
  const title = readTitle(titleValue, found);
  const errorsEnd = issues.length;

  const description = readOptionalText(descriptionValue, 'description', found);
  // A category names a group, so "Research " and "Research" must be one group.
  const category = readOptionalText(categoryValue, 'category', found)?.trim();
  const url = readUrl(urlValue, found);
  const approximate = readApproximate(approximateValue, found);
  const givenId = readId(idValue, found);

  if (errorsEnd > firstIssue || !date || title === undefined) {
    issues.length = errorsEnd;
    return;
  }
  const id = givenId ?? deriveId(date, title);
  // Optional fields are set only when present, so that absent ones are absent, not undefined;
  // the copy keeps the field order of the public type, so it serialises like the input.
  const milestone: Milestone = end
    ? {id, date: date.iso, end: end.iso, title}
    : {id, date: date.iso, title};
  const item: Draft<TimelineItem> = {
    id,
    sourceIndex: found.index,
    date,
    title,
    approximate,
    milestone,
  };
  if (end) item.end = end;
  // Blank text says nothing, so it counts as absent.
  if (description?.trim()) item.description = milestone.description = description;
  if (url !== undefined) item.url = milestone.url = url;
  if (category) item.category = milestone.category = category;
  if (approximate) milestone.approximate = approximate;
  Object.freeze(milestone);
  found.items.push(item);
  found.idGiven.push(givenId !== undefined);
}

/** The same item under another id. */
function withId(item: TimelineItem, id: string): TimelineItem {
  return {...item, id, milestone: Object.freeze({...item.milestone, id})};
}

function byIndex(a: ParseIssue, b: ParseIssue): number {
  return (a.index ?? -1) - (b.index ?? -1);
}

function parse(input: unknown): ParseResult {
  const {list, issue} = milestoneList(input);
  if (issue) return {items: [], issues: [issue]};

  const found = new Findings();
  const {items, idGiven, issues} = found;
  const length = list.length;
  for (let index = 0; index < length; index++) {
    const firstIssue = issues.length;
    found.index = index;
    try {
      validate(list[index], found);
    } catch (error) {
      // A Proxy or exotic item can throw where plain data never does; drop only that item.
      issues.length = firstIssue;
      if (error instanceof FieldReadError) {
        found.error(`${error.message}: ${describeError(error.cause)}`, error.field);
      } else {
        found.error(`could not be read: ${describeError(error)}`);
      }
    }
  }

  const renames = uniqueIds(items, idGiven);
  // A given id is renamed only when an earlier item holds it. Who held it first is looked up in
  // a map of every given id, built only then: most data has unique ids, and 100,000 of them
  // would otherwise go into a second hash table for nothing.
  let firstUse: Map<string, number> | undefined;
  for (const [i, id] of renames) {
    const item = items[i];
    if (idGiven[i]) {
      firstUse ??= firstUses(items, idGiven);
      found.index = item.sourceIndex;
      found.warn(
        `id ${quote(item.id)} is already used by item ${firstUse.get(item.id)}; it was renamed to ${quote(id)}`,
        'id',
      );
    }
  }
  // Only now, so that firstUses() above saw every id as it was given.
  for (const [i, id] of renames) items[i] = withId(items[i], id);
  return {items: inDateOrder(items), issues: issues.sort(byIndex)};
}

/** The input index of the first item that gives each id. */
function firstUses(items: readonly TimelineItem[], idGiven: readonly boolean[]) {
  const first = new Map<string, number>();
  items.forEach(({id, sourceIndex}, i) => {
    if (idGiven[i] && !first.has(id)) first.set(id, sourceIndex);
  });
  return first;
}

/**
 * Reads milestones from unknown input: a bare array, `{"milestones": [...]}`, or either as a
 * JSON string. Returns every valid milestone sorted by date (then end, then input order) with
 * a unique id, and an issue for each item dropped (`error`) or changed (`warning`).
 * Empty input (`null`, `undefined`, `''`, `[]`) gives no items and no issues. Never throws.
 *
 * @example
 * const {items, issues} = parseMilestones('[{"date": "2014-07", "title": "Joint HIFU study"}]');
 * items[0].id; // "2014-07-joint-hifu-study"
 */
export function parseMilestones(input: unknown): ParseResult {
  try {
    return parse(input);
  } catch (error) {
    const {issue} = inputIssue(`the data could not be read: ${describeError(error)}`);
    return {items: [], issues: [issue]};
  }
}
