import '../src/index.js';
import reference from '../data/cqmu-pleven.json';

const timeline = document.querySelector('partner-timeline');
if (timeline) {
  timeline.milestones = reference.milestones;
  timeline.addEventListener('partner-timeline-select', (event) => {
    console.info('selected', event.detail.milestone.title);
  });
}
const source = document.querySelector('#source');
if (source) source.textContent = `Source: ${reference.source}`;
