// `cem analyze` reads the element's JSDoc (@fires, @csspart, @cssprop) into custom-elements.json.
// It also guesses events from `dispatchEvent(new SomeEvent(detail))` calls and names them after
// the argument; the @fires tags are the truth, so the guesses are dropped.
export default {
  globs: ['src/**/*.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'partner-timeline-events-from-jsdoc',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.events) continue;
            declaration.events = declaration.events.filter((event) =>
              event.name?.startsWith('partner-timeline-'),
            );
          }
        }
      },
    },
  ],
};
