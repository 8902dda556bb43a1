// What an app's bundler takes in for `import 'partner-timeline'`: the npm build (dist/) with Lit
// and D3 from node_modules, minified as a Vite app is. `npm run size` builds it and weighs it.
import 'partner-timeline';
