// React ships CommonJS only. For the wrapper's tests, esbuild bundles React and ReactDOM once
// into one ES module (so there is a single copy of React), and bare imports of `react`,
// `react-dom` and `react-dom/client` are served as thin re-exports of that bundle.
import {build} from 'esbuild';

const PREFIX = '/__react-esm__/';
const entries = {
  react: 'export default vendor.React;',
  'react-dom': 'export default vendor.ReactDOM;',
  'react-dom/client': 'export default vendor.ReactDOMClient;',
};

let vendor;
async function vendorBundle() {
  vendor ??= build({
    stdin: {
      contents: `import React from 'react';
        import ReactDOM from 'react-dom';
        import ReactDOMClient from 'react-dom/client';
        export {React, ReactDOM, ReactDOMClient};`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: {'process.env.NODE_ENV': '"production"'},
  }).then((result) => result.outputFiles[0].text);
  return vendor;
}

export function reactEsmPlugin() {
  return {
    name: 'react-esm',
    resolveImport({source}) {
      if (source in entries) return `${PREFIX}${source.replace('/', '__')}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      const name = context.path.slice(PREFIX.length, -'.js'.length).replace('__', '/');
      if (name === 'vendor') return {body: await vendorBundle(), type: 'js'};
      if (name in entries) {
        return {
          body: `import * as vendor from '${PREFIX}vendor.js';\n${entries[name]}`,
          type: 'js',
        };
      }
    },
  };
}
