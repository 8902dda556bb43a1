// The runner's default reporter, minus the 404s that tests ask for on purpose: it lists every 404
// under "404 network requests", which reads as a file the tests could not find.
import {defaultReporter} from '@web/test-runner';

/** `expected404s`: paths such as `/test-api/not-found.json` (the runner drops the leading `/`). */
export function reporterWithout404s(expected404s) {
  const reporter = defaultReporter();
  const expected = new Set(expected404s.map((path) => path.replace(/^\//, '')));
  return {
    ...reporter,
    reportTestFileResults: ({sessionsForTestFile, ...rest}) =>
      reporter.reportTestFileResults({
        ...rest,
        sessionsForTestFile: sessionsForTestFile.map((session) => ({
          ...session,
          request404s: session.request404s.filter((url) => !expected.has(url)),
        })),
      }),
  };
}
