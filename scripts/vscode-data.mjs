// Turns dist/custom-elements.json into VS Code's HTML custom data, so editors complete the tag
// and its attributes: add "html.customData": ["./node_modules/partner-timeline/dist/vscode.html-custom-data.json"]
// to .vscode/settings.json.
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const tags = [];
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    tags.push({
      name: declaration.tagName,
      description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
      attributes: (declaration.attributes ?? []).map((attribute) => {
        // A union of string literals becomes the attribute's list of values.
        const values = [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map(([, name]) => ({
          name,
        }));
        return {
          name: attribute.name,
          description: attribute.description ?? '',
          ...(values.length > 0 ? {values} : {}),
        };
      }),
    });
  }
}
writeFileSync(
  'dist/vscode.html-custom-data.json',
  JSON.stringify({version: 1.1, tags}, null, 2) + '\n',
);
console.log(`dist/vscode.html-custom-data.json: ${tags.map((tag) => tag.name).join(', ')}`);
