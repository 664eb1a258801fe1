// Runs before every test file of the project, even when the test files share a worker and its module cache
// (isolate: false): each file's temp dirs go when its own tests are done.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dirs.js';

afterAll(removeTempDirs);
