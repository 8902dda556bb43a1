// `npm run check:readme` (after `npm run build`): every ```ts and ```tsx sample of README.md must
// compile under `strict` in an app that has installed the package, as `npm pack` makes it, and
// imports it by its name; every ```json sample with a `$schema` must point at the schema as
// installed or as published (its `$id`). Errors point at README.md lines.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const readmePath = join(root, 'README.md');
// Inside node_modules, so that the package's own dependencies (lit, d3, @types/react) resolve
// from the repository's node_modules, as they would from the app's.
const app = join(root, 'node_modules/.cache/readme-samples');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const {name} = packageJson;

if (!existsSync(join(root, 'dist/index.d.ts'))) {
  console.error('check:readme needs the built package: run `npm run build` first.');
  process.exit(1);
}

/** The README's fenced blocks in `languages`, with the line each one's code starts on. */
function samples(markdown, languages) {
  const found = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const fence = /^```(\w*)\s*$/.exec(lines[i]);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end].startsWith('```')) end += 1;
    if (languages.includes(fence[1])) {
      found.push({language: fence[1], line: start + 1, code: lines.slice(start, end).join('\n')});
    }
    i = end;
  }
  return found;
}

rmSync(app, {recursive: true, force: true});
const installed = join(app, 'node_modules', name);
mkdirSync(installed, {recursive: true});
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [packed] = JSON.parse(
  execFileSync(npm, ['pack', '--json', '--pack-destination', app], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  }),
);
execFileSync('tar', ['-xzf', join(app, packed.filename), '-C', installed, '--strip-components=1']);

const readme = readFileSync(readmePath, 'utf8');
let failures = 0;

// The schema: in the package, exported, and with the `$id` of its published address.
const schemaPath = packageJson.exports['./milestones.schema.json'];
const schemaFile = schemaPath && join(installed, schemaPath);
const publishedSchema =
  schemaPath && `https://unpkg.com/${name}/${schemaPath.replace(/^\.\//, '')}`;
if (!schemaFile || !existsSync(schemaFile)) {
  console.error(`package: ${name}/milestones.schema.json is not exported or not in the package`);
  failures += 1;
} else if (JSON.parse(readFileSync(schemaFile, 'utf8')).$id !== publishedSchema) {
  console.error(`${schemaPath}: $id should be ${publishedSchema}, where it is published`);
  failures += 1;
}
for (const block of samples(readme, ['json'])) {
  const schema = JSON.parse(block.code).$schema;
  if (schema === undefined) continue;
  const resolves = /^https?:/.test(schema)
    ? schema === publishedSchema
    : existsSync(join(app, schema));
  if (!resolves) {
    console.error(
      `README.md:${block.line}: "$schema": "${schema}" is neither the installed schema nor its $id`,
    );
    failures += 1;
  }
}

const blocks = samples(readme, ['ts', 'tsx']);
const files = blocks.map((block) => {
  const file = join(app, `readme-line-${block.line}.${block.language}`);
  // `export {}` makes a sample without imports a module too, as it would be in an app.
  writeFileSync(file, `${block.code}\nexport {};\n`);
  return file;
});

const program = ts.createProgram(files, {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  isolatedModules: true,
});
const diagnostics = ts.getPreEmitDiagnostics(program);
for (const diagnostic of diagnostics) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const index = diagnostic.file ? files.indexOf(diagnostic.file.fileName) : -1;
  if (index === -1) {
    const where = diagnostic.file ? relative(root, diagnostic.file.fileName) : 'options';
    console.error(`${where}: error TS${diagnostic.code}: ${message}`);
    continue;
  }
  const {line, character} = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
  console.error(
    `README.md:${blocks[index].line + line}:${character + 1}: error TS${diagnostic.code}: ${message}`,
  );
}
if (diagnostics.length + failures > 0) {
  process.exitCode = 1;
} else {
  console.log(
    `README: ${blocks.length} TypeScript samples compile under strict against ${packed.filename}`,
  );
}
