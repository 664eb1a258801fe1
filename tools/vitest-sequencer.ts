// Runs the end-to-end test files first. Vitest's own order runs the projects one after another by name and, in a
// fresh clone with no timings cached, the larger files first: the slowest file of the suite (ripple-impact's
// installed-package e2e, which packs and npm-installs the bundle) then started last and ran alone while the other
// worker had nothing left to do. The e2e files are the longest ones, so starting them first keeps both workers
// busy to the end; within each half Vitest's order (timings of the last run, else size) holds.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const isEndToEnd = (spec: TestSpecification) => spec.moduleId.endsWith('.e2e.test.ts');

export default class EndToEndFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(isEndToEnd), ...sorted.filter((spec) => !isEndToEnd(spec))];
  }
}
