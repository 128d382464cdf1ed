// The staff tasks of this part, in one import for tasks.js: evidence (investigators), review and
// publish (advocates), administration (admins).

export { evidenceTask } from './evidence.js';
export { reviewTask } from './review.js';
export { adminTask } from './admin.js';
