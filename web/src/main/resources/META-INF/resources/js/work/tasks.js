// The work panel's tasks, in tab order. Each module exports one task ({ id, roles, titleKey,
// create }); work-panel.js offers a tab to users whose roles may do it.

import { areasTask } from './tasks/areas.js';
import { facilityEditorTask } from './tasks/facility-editor.js';
import { importsTask, observeTask } from './tasks/observe.js';
import { publicExportsTask } from './tasks/public-exports.js';
import { adminTask, evidenceTask, reviewTask } from './tasks/staff.js';
import { testimonyTask } from './tasks/testimony.js';

export const TASKS = Object.freeze([
  facilityEditorTask, areasTask, observeTask, importsTask, testimonyTask, evidenceTask, reviewTask, publicExportsTask, adminTask,
]);
