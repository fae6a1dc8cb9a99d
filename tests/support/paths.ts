import { fileURLToPath } from 'node:url';

/** The project root, for tests that build or check it. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where tests write builds, outside `dist/` so a test run never clobbers the editor's own build. */
export const TEST_OUTPUT = fileURLToPath(new URL('../../.test-output/', import.meta.url));
