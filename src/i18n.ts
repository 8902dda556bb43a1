/**
 * Every built-in string of the element, so that a page can translate it. English, Bulgarian and
 * Chinese are built in; pass others through the `strings` property.
 */
export interface TimelineStrings {
  /** Accessible name used when the `label` attribute is absent. */
  readonly timeline: string;
  /** The summary read before the widget, e.g. "4 milestones, 1974 to 2017". */
  readonly summary: (count: string, first: string, last: string) => string;
  /** A compressed gap, e.g. "gap of 33 years, 1974 to 2007". */
  readonly gap: (duration: string, from: string, to: string) => string;
  /** Shown when there is nothing to draw. */
  readonly empty: string;
  /** Shown and announced while `src` loads. */
  readonly loading: string;
  /** Said once data from `src` or inline JSON is drawn. */
  readonly loaded: (count: string) => string;
  /** One line above the list of problems, e.g. "2 milestones could not be shown". */
  readonly rejected: (count: string) => string;
  /** Where a problem is, for people: the milestone's place in the data, counted from 1. */
  readonly itemAt: (position: string) => string;
  /** A marker that stands for several milestones. */
  readonly cluster: (count: string, from: string, to: string) => string;
  /** Approximate dates, e.g. "c. 2012". */
  readonly approximate: (date: string) => string;
  /** A span, e.g. "2014 to 2017". */
  readonly span: (from: string, to: string) => string;
  /** Link text in the detail view. */
  readonly moreLink: string;
  /** Accessible name of the list of categories and their colours. */
  readonly legend: string;
  /** Accessible name of the zoom toolbar. */
  readonly zoomToolbar: string;
  /** Zoom toolbar buttons. */
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly resetZoom: string;
  /** Announced when a milestone is chosen, e.g. "Selected: Student exchange, November 2017". */
  readonly selected: (title: string, date: string) => string;
  /** Announced when Escape clears the selection. */
  readonly selectionCleared: string;
  /** Announced after zoom or pan, e.g. "Showing 2007 to 2017". */
  readonly showing: (from: string, to: string) => string;
  /** A zoomed view with no milestone in it; the counts beyond follow ("; 1 earlier, 3 later"). */
  readonly nothingBetween: (from: string, to: string) => string;
  /** The controls at the ends of a zoomed view, e.g. "3 earlier", "2 later". */
  readonly earlier: (count: string) => string;
  readonly later: (count: string) => string;
  /** The close control of a panel. */
  readonly close: string;
}

const en: TimelineStrings = {
  timeline: 'Timeline',
  summary: (count, first, last) =>
    first === last ? `${count} milestones, ${first}` : `${count} milestones, ${first} to ${last}`,
  gap: (duration, from, to) => `gap of ${duration}, ${from} to ${to}`,
  empty: 'No milestones to show.',
  loading: 'Loading milestones…',
  loaded: (count) => (count === '1' ? '1 milestone loaded' : `${count} milestones loaded`),
  rejected: (count) =>
    count === '1' ? '1 milestone could not be shown' : `${count} milestones could not be shown`,
  itemAt: (position) => `Milestone ${position}`,
  cluster: (count, from, to) =>
    from === to ? `${count} milestones, ${from}` : `${count} milestones, ${from} to ${to}`,
  approximate: (date) => `c. ${date}`,
  span: (from, to) => `${from} to ${to}`,
  moreLink: 'Read more',
  legend: 'Categories',
  zoomToolbar: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  selected: (title, date) => `Selected: ${title}, ${date}`,
  selectionCleared: 'Selection cleared',
  showing: (from, to) => `Showing ${from} to ${to}`,
  nothingBetween: (from, to) => `No milestones between ${from} and ${to}`,
  earlier: (count) => `${count} earlier`,
  later: (count) => `${count} later`,
  close: 'Close',
};

const bg: TimelineStrings = {
  timeline: 'Хронология',
  summary: (count, first, last) =>
    first === last ? `${count} събития, ${first}` : `${count} събития, от ${first} до ${last}`,
  gap: (duration, from, to) => `пропуск от ${duration}, от ${from} до ${to}`,
  empty: 'Няма събития за показване.',
  loading: 'Зареждане на събитията…',
  loaded: (count) => `Заредени събития: ${count}`,
  rejected: (count) =>
    count === '1'
      ? '1 събитие не може да бъде показано'
      : `${count} събития не могат да бъдат показани`,
  itemAt: (position) => `Събитие ${position}`,
  cluster: (count, from, to) =>
    from === to ? `${count} събития, ${from}` : `${count} събития, от ${from} до ${to}`,
  approximate: (date) => `ок. ${date}`,
  span: (from, to) => `от ${from} до ${to}`,
  moreLink: 'Прочетете повече',
  legend: 'Категории',
  zoomToolbar: 'Мащаб',
  zoomIn: 'Увеличаване',
  zoomOut: 'Намаляване',
  resetZoom: 'Нулиране на мащаба',
  selected: (title, date) => `Избрано: ${title}, ${date}`,
  selectionCleared: 'Изборът е премахнат',
  showing: (from, to) => `Показан период от ${from} до ${to}`,
  nothingBetween: (from, to) => `Няма събития между ${from} и ${to}`,
  earlier: (count) => `${count} по-ранни`,
  later: (count) => `${count} по-късни`,
  close: 'Затваряне',
};

const zh: TimelineStrings = {
  timeline: '时间线',
  summary: (count, first, last) =>
    first === last ? `${count} 个里程碑，${first}` : `${count} 个里程碑，${first}至${last}`,
  gap: (duration, from, to) => `间隔 ${duration}，${from}至${to}`,
  empty: '没有可显示的里程碑。',
  loading: '正在加载里程碑…',
  loaded: (count) => `已加载 ${count} 个里程碑`,
  rejected: (count) => `${count} 个里程碑无法显示`,
  itemAt: (position) => `第 ${position} 个里程碑`,
  cluster: (count, from, to) =>
    from === to ? `${count} 个里程碑，${from}` : `${count} 个里程碑，${from}至${to}`,
  approximate: (date) => `约${date}`,
  span: (from, to) => `${from}至${to}`,
  moreLink: '了解更多',
  legend: '类别',
  zoomToolbar: '缩放',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '重置缩放',
  selected: (title, date) => `已选择：${title}，${date}`,
  selectionCleared: '已取消选择',
  showing: (from, to) => `显示${from}至${to}`,
  nothingBetween: (from, to) => `${from}至${to}之间没有里程碑`,
  earlier: (count) => `更早 ${count} 个`,
  later: (count) => `更晚 ${count} 个`,
  close: '关闭',
};

const builtIn: Readonly<Record<string, TimelineStrings>> = {en, bg, zh};

/** The built-in strings nearest to a BCP 47 locale, falling back to English. */
export function stringsFor(locale: string): TimelineStrings {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  return builtIn[language] ?? en;
}
