// Checks the README's API tables against dist/custom-elements.json (made by `npm run analyze`):
// every attribute, property, event, method, part, slot and custom property of the element must
// be named in the README, so the documentation cannot fall behind the code.
import {readFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'partner-timeline');
if (!element) throw new Error('custom-elements.json does not declare <partner-timeline>');

const publicMembers = (element.members ?? []).filter(
  (member) => !member.privacy && !member.static && !member.name.startsWith('#'),
);
const names = {
  attribute: (element.attributes ?? []).map((attribute) => attribute.name),
  property: publicMembers.filter((member) => member.kind === 'field').map((member) => member.name),
  method: publicMembers.filter((member) => member.kind === 'method').map((member) => member.name),
  event: (element.events ?? []).map((event) => event.name),
  part: (element.cssParts ?? []).map((part) => part.name),
  slot: (element.slots ?? []).map((slot) => slot.name).filter(Boolean),
  'custom property': (element.cssProperties ?? []).map((property) => property.name),
};

function plural(kind) {
  return kind.endsWith('y') ? `${kind.slice(0, -1)}ies` : `${kind}s`;
}

const missing = Object.entries(names).flatMap(([kind, list]) =>
  list.filter((name) => !readme.includes(`\`${name}`)).map((name) => `${kind} ${name}`),
);
if (missing.length > 0) {
  console.error(`README.md does not document:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
const counted = Object.entries(names)
  .map(([kind, list]) => `${list.length} ${list.length === 1 ? kind : plural(kind)}`)
  .join(', ');
console.log(`README.md documents the whole API: ${counted}.`);
