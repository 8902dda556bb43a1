// What a page adds to hydrate server-rendered timelines: the support module first, then the element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/index.js';
