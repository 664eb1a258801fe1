// Prints one plain closing line, "tests: N passed, N failed, N skipped", that CI can read
// whatever runner output format it knows.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      // A file whose hook or import failed has its tests skipped or none at all: it counts as one failure, so the
      // closing line never says 0 failed for a run that failed.
      const failedTests = [...testModule.children.allTests()].filter((testCase) => testCase.result().state === 'failed').length;
      if (testModule.state() === 'failed' && failedTests === 0) failed += 1;
    }
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
