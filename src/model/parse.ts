import {parsePartialDate} from './dates.js';
import {deriveId, uniqueIds} from './ids.js';
import type {Milestone, ParseIssue, ParseResult, PartialDate, TimelineItem} from './types.js';
import {describeError, describeValue, quote, toWellFormed} from './text.js';
import {safeUrl} from './url.js';

const EXPECTED = 'expected an array of milestones or {"milestones": [...]}';

/** The fields of a milestone, as read from the input: own properties only. */
type RawFields = Partial<Record<keyof Milestone, unknown>>;

const FIELD_NAMES: readonly (keyof Milestone)[] = [
  'id',
  'date',
  'end',
  'title',
  'description',
  'url',
  'category',
  'approximate',
];

/** A milestone that passed validation, before ids are made unique and items sorted. */
interface Candidate {
  readonly sourceIndex: number;
  readonly requestedId: string;
  readonly idGiven: boolean;
  readonly date: PartialDate;
  readonly end?: PartialDate;
  readonly title: string;
  readonly description?: string;
  readonly url?: string;
  readonly category?: string;
  readonly approximate: boolean;
}

function inputIssue(message: string): {issue: ParseIssue} {
  return {issue: {index: null, message, severity: 'error'}};
}

/** Reads an own property only, so prototypes (and `__proto__` tricks) never leak in. */
function readOwn(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** The list of raw milestones in the input, or why there is none. */
type MilestoneList =
  {list: readonly unknown[]; issue?: undefined} | {list?: undefined; issue: ParseIssue};

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

/** Reads each known field once; a throwing getter becomes a reason instead of an exception. */
function readFields(record: object): RawFields | {failedField: string; reason: string} {
  const fields: RawFields = {};
  for (const name of FIELD_NAMES) {
    try {
      fields[name] = readOwn(record, name);
    } catch (error) {
      return {failedField: name, reason: describeError(error)};
    }
  }
  return fields;
}

/** What is wrong with one item: errors drop it; warnings matter only if it is kept. */
class ItemReport {
  readonly errors: ParseIssue[] = [];
  readonly warnings: ParseIssue[] = [];

  constructor(readonly index: number) {}

  error(message: string, field?: string): undefined {
    const issue: ParseIssue = {
      index: this.index,
      message: `item ${this.index}: ${message}`,
      severity: 'error',
    };
    this.errors.push(field === undefined ? issue : {...issue, field});
    return undefined;
  }

  warn(message: string, field: string): undefined {
    this.warnings.push({
      index: this.index,
      field,
      message: `item ${this.index}: ${message}`,
      severity: 'warning',
    });
    return undefined;
  }
}

/** `null` stands for "not given" in optional fields, as JSON writers often emit it. */
function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

function readDate(value: unknown, field: 'date' | 'end', report: ItemReport) {
  if (typeof value !== 'string') {
    return report.error(
      `${field} must be a date string such as "2014-07", got ${describeValue(value)}`,
      field,
    );
  }
  const parsed = parsePartialDate(value);
  return typeof parsed === 'string' ? report.error(`${field} ${parsed}`, field) : parsed;
}

function readTitle(value: unknown, report: ItemReport): string | undefined {
  if (value === undefined) return report.error('title is missing', 'title');
  if (typeof value !== 'string') {
    return report.error(`title must be a string, got ${describeValue(value)}`, 'title');
  }
  const title = toWellFormed(value).trim();
  return title === '' ? report.error('title is empty', 'title') : title;
}

function readText(value: unknown, field: 'description' | 'category', report: ItemReport) {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') {
    return report.warn(
      `${field} must be a string, got ${describeValue(value)}; it was dropped`,
      field,
    );
  }
  const text = toWellFormed(value);
  return text.trim() === '' ? undefined : text;
}

function readUrl(value: unknown, report: ItemReport): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') {
    return report.warn(`url must be a string, got ${describeValue(value)}; it was dropped`, 'url');
  }
  const url = safeUrl(toWellFormed(value));
  if (url === undefined && value.trim() !== '') {
    report.warn(
      `url ${quote(value.trim())} was dropped: only http(s) and relative links are allowed`,
      'url',
    );
  }
  return url;
}

function readApproximate(value: unknown, report: ItemReport): boolean {
  if (typeof value === 'boolean') return value;
  if (!isAbsent(value)) {
    report.warn(
      `approximate must be true or false, got ${describeValue(value)}; it was treated as false`,
      'approximate',
    );
  }
  return false;
}

/** The id as given, if usable; numbers are accepted because JSON writers often emit them. */
function readId(value: unknown, report: ItemReport): string | undefined {
  if (typeof value === 'string') return toWellFormed(value).trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (isAbsent(value)) return undefined;
  return report.warn(
    `id must be a string, got ${describeValue(value)}; an id was derived instead`,
    'id',
  );
}

function validate(raw: unknown, report: ItemReport): Candidate | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return report.error(`expected a milestone object, got ${describeValue(raw)}`);
  }
  const fields = readFields(raw);
  if ('failedField' in fields) {
    return report.error(
      `reading ${fields.failedField} failed: ${fields.reason}`,
      fields.failedField,
    );
  }

  const date =
    fields.date === undefined
      ? report.error('date is missing', 'date')
      : readDate(fields.date, 'date', report);
  const end = isAbsent(fields.end) ? undefined : readDate(fields.end, 'end', report);
  if (date && end && end.time < date.time) {
    report.error(`end ${quote(end.iso)} is before date ${quote(date.iso)}`, 'end');
  }
  const title = readTitle(fields.title, report);
  const description = readText(fields.description, 'description', report);
  // A category names a group, so "Research " and "Research" must be one group.
  const category = readText(fields.category, 'category', report)?.trim();
  const url = readUrl(fields.url, report);
  const approximate = readApproximate(fields.approximate, report);
  const givenId = readId(fields.id, report);

  if (report.errors.length > 0 || !date || title === undefined) return undefined;
  return {
    sourceIndex: report.index,
    requestedId: givenId ?? deriveId(date, title),
    idGiven: givenId !== undefined,
    date,
    title,
    approximate,
    ...(end && {end}),
    ...optionalText({description, url, category}),
  };
}

/** The optional text fields that are present, to spread into a candidate, an item or its copy. */
function optionalText({
  description,
  url,
  category,
}: Pick<Candidate, 'description' | 'url' | 'category'>): Pick<
  Candidate,
  'description' | 'url' | 'category'
> {
  return {
    ...(description !== undefined && {description}),
    ...(url !== undefined && {url}),
    ...(category !== undefined && {category}),
  };
}

/** Validates one raw item, reports its issues, and returns it when it can be kept. */
function readMilestone(raw: unknown, index: number, issues: ParseIssue[]): Candidate | undefined {
  const report = new ItemReport(index);
  const candidate = validate(raw, report);
  issues.push(...(candidate ? report.warnings : report.errors));
  return candidate;
}

/** The input index of the first item that gives each id. */
function firstUses(candidates: readonly Candidate[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const {idGiven, requestedId, sourceIndex} of candidates) {
    if (idGiven && !first.has(requestedId)) first.set(requestedId, sourceIndex);
  }
  return first;
}

function toItem(candidate: Candidate, id: string): TimelineItem {
  const {sourceIndex, date, end, title, approximate} = candidate;
  const text = optionalText(candidate);
  const milestone: Milestone = {
    id,
    date: date.iso,
    ...(end && {end: end.iso}),
    title,
    ...text,
    ...(approximate && {approximate}),
  };
  return {
    id,
    sourceIndex,
    date,
    title,
    approximate,
    ...(end && {end}),
    ...text,
    milestone: Object.freeze(milestone),
  };
}

function byTime(a: TimelineItem, b: TimelineItem): number {
  return (
    a.date.time - b.date.time ||
    (a.end ?? a.date).time - (b.end ?? b.date).time ||
    a.sourceIndex - b.sourceIndex
  );
}

function byIndex(a: ParseIssue, b: ParseIssue): number {
  return (a.index ?? -1) - (b.index ?? -1);
}

function parse(input: unknown): ParseResult {
  const {list, issue} = milestoneList(input);
  if (issue) return {items: [], issues: [issue]};

  const issues: ParseIssue[] = [];
  const candidates: Candidate[] = [];
  const length = list.length;
  for (let index = 0; index < length; index++) {
    try {
      const candidate = readMilestone(list[index], index, issues);
      if (candidate) candidates.push(candidate);
    } catch (error) {
      // A Proxy or exotic item can throw where plain data never does; drop only that item.
      issues.push({
        index,
        message: `item ${index}: could not be read: ${describeError(error)}`,
        severity: 'error',
      });
    }
  }

  const ids = uniqueIds(candidates.map((c) => ({id: c.requestedId, given: c.idGiven})));
  // A given id is renamed only when an earlier item holds it. Who held it first is looked up in
  // a map of every given id, built only then: most data has unique ids, and 100,000 of them
  // would otherwise go into a second hash table for nothing.
  let firstUse: Map<string, number> | undefined;
  candidates.forEach((candidate, i) => {
    if (!candidate.idGiven || ids[i] === candidate.requestedId) return;
    firstUse ??= firstUses(candidates);
    issues.push({
      index: candidate.sourceIndex,
      field: 'id',
      message: `item ${candidate.sourceIndex}: id ${quote(candidate.requestedId)} is already used by item ${firstUse.get(candidate.requestedId)}; it was renamed to ${quote(ids[i])}`,
      severity: 'warning',
    });
  });

  const items = candidates.map((candidate, i) => toItem(candidate, ids[i])).sort(byTime);
  return {items, issues: issues.sort(byIndex)};
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
