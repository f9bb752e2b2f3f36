/**
 * The in-test fuzzer's models 24–39 (text layouts only: the .docx and PDF renders stop at model 24 and 6), in
 * `npm run test:slow`. fuzz.test.ts runs models 0–23 in `npm test`.
 */
import { describeInTestModels } from './in-test-models.js';

describeInTestModels(24, 40);
