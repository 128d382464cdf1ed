// The work panel's tasks, in tab order. Each module exports one task ({ id, roles, titleKey,
// create }); work-panel.js offers a tab to users whose roles may do it.

import { facilityEditorTask } from './tasks/facility-editor.js';
import { importsTask, observeTask } from './tasks/observe.js';

export const TASKS = Object.freeze([facilityEditorTask, observeTask, importsTask]);
