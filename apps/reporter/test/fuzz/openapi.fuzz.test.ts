import { fuzzTest } from './fuzz-test.js';
import { openApiTarget } from './openapi-target.js';

fuzzTest('api-diff over mutated OpenAPI pairs', openApiTarget);
