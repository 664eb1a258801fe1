import { fuzzTest } from './fuzz-test.js';
import { sqlStaticTarget } from './sql-static-target.js';

fuzzTest('the migration loader, splitter and lint rules over mutated SQL', sqlStaticTarget);
