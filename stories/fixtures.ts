import type {Milestone} from '../src/model/types.js';
import reference from '../data/cqmu-pleven.json';

/** The reference data set: the CQMU–Pleven cooperation. */
export const referenceMilestones: readonly Milestone[] = reference.milestones;

/** Input with rejected items beside valid ones, to show the error state. */
export const invalidMilestones: readonly unknown[] = [
  ...reference.milestones.slice(0, 2),
  {date: '2024-02-30', title: 'Not a calendar date'},
  {date: '2019', title: ''},
  {title: 'No date at all'},
  {date: '2016-05', title: 'Unsafe link dropped', url: 'javascript:alert(1)'},
];

/** A seeded pseudo-random generator, so stories look the same on every load. */
export function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const topics = [
  'Joint lecture series',
  'Visiting professorship',
  'Shared research grant',
  'Summer school',
  'Clinical training exchange',
  'Conference in Chongqing',
  'Conference in Pleven',
  'Memorandum renewed',
];

/** `count` seeded milestones between 1990 and 2025, at day, month or year precision. */
export function generatedMilestones(count: number, seed = 7): Milestone[] {
  const random = mulberry32(seed);
  const start = Date.UTC(1990, 0, 1);
  const end = Date.UTC(2025, 11, 31);
  return Array.from({length: count}, (_, index) => {
    const date = new Date(start + random() * (end - start)).toISOString();
    const precision = random();
    const iso =
      precision < 0.2 ? date.slice(0, 4) : precision < 0.5 ? date.slice(0, 7) : date.slice(0, 10);
    return {
      id: `generated-${index}`,
      date: iso,
      title: `${topics[Math.floor(random() * topics.length)]} ${index + 1}`,
      category: random() < 0.5 ? 'Chongqing Medical University' : 'Pleven Medical University',
    };
  });
}

/** Ten milestones in July 2014, three on the 3rd and two on the 12th and on the 22nd. */
export function sameMonthMilestones(): Milestone[] {
  return [3, 3, 3, 7, 12, 12, 18, 22, 22, 30].map((day, index) => ({
    id: `july-${index + 1}`,
    date: `2014-07-${String(day).padStart(2, '0')}`,
    title: `${topics[index % topics.length]} (${index + 1})`,
  }));
}

/** Programmes that run for months or years (milestones with `end`), some overlapping. */
export const spanMilestones: readonly Milestone[] = [
  {id: 'exchange-1', date: '2010', end: '2014', title: 'First exchange programme'},
  {id: 'grant', date: '2012-03', end: '2013-09', title: 'Shared research grant'},
  {id: 'summer-2015', date: '2015-07', title: 'Summer school in Pleven'},
  {id: 'exchange-2', date: '2016-01', end: '2019-06', title: 'Second exchange programme'},
  {id: 'hifu-trial', date: '2016-09', end: '2018-03', title: 'HIFU clinical trial'},
  {id: 'conference', date: '2017-05-18', title: 'Conference in Chongqing'},
];

/** Titles far too long for a label: 200+ characters, and unbreakable 300-character tokens. */
export const longTitleMilestones: readonly Milestone[] = [
  {
    date: '2014-07',
    title:
      'China–Bulgaria Prospective Joint Clinical Study on High Intensity Focused Ultrasound Ablation of Uterine Fibroids, applied for jointly by the Second Affiliated Hospital of CQMU and Pleven Medical University',
  },
  {date: '2015-03', title: `${'Ultrasound'.repeat(30)}`},
  {date: '2016', title: 'Short title'},
  {date: '2016-10-04', title: `Token ${'x'.repeat(300)} after the token`},
  {
    date: '2018',
    title:
      'Nearly ten years of cooperation: exchanges of students and teachers, joint research, clinical training in robotic surgery and the introduction of HIFU tumour treatment at Pleven',
  },
];

/** Thirteen delegation visits on one day, 12 May 2016: a cluster that zoom cannot take apart. */
export const sameDayVisits: readonly Milestone[] = Array.from({length: 13}, (_, i) => ({
  id: `visit-${i + 1}`,
  date: '2016-05-12',
  title: `Delegation visit ${i + 1}`,
}));
