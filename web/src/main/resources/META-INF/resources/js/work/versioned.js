// Saving an edit to a versioned record (facilities, boundaries, witnesses, testimonies, claims,
// users...): PUT with If-Match the ETag the form loaded. A 412 means someone else saved first: the
// saved version is fetched and compared with the edit (conflict.js), and only the user decides
// what happens next. Nothing is overwritten silently.

import { getJson, putJson } from './http.js';
import { showConflict, threeWay } from './conflict.js';

export class VersionedRecord {
  // url: the record's URL (GET and PUT); fields: [{ key, label, format? }] compared on a conflict;
  // meta(body) -> { version, by, at } of a loaded version; saved(answerBody) -> the record, for
  // servers that answer a PUT with the record wrapped (the facility's { facility, repairs }).
  constructor(url, { fields, meta = defaultMeta, saved = (body) => body }) {
    this.url = url;
    this.fields = fields;
    this.meta = meta;
    this.unwrap = saved;
    this.etag = null;
    this.current = null;
  }

  // Loads the saved version; resolves to its body and remembers its ETag.
  async load(options = {}) {
    const answer = await getJson(this.url, options);
    this.etag = answer.etag;
    this.current = answer.body;
    return answer.body;
  }

  // Saves edit (the PUT body). Resolves to { saved: body } or, after a conflict, to
  // { conflict: 'rebase' | 'cancel', current: body, merged }: merged is the saved version with the
  // fields this user changed (from the version the form loaded) set to the user's values; on
  // 'rebase' the record holds the saved version's ETag and the form should show merged, so the
  // next save() keeps the other user's changes and applies this user's. Other refusals reject.
  async save(edit) {
    try {
      const answer = await putJson(this.url, edit, this.etag);
      this.etag = answer.etag ?? this.etag;
      this.current = this.unwrap(answer.body);
      return { saved: this.current, answer: answer.body };
    } catch (error) {
      if (!error.isStale) throw error;
      const theirs = await getJson(this.url);
      const { rows, merged } = threeWay(this.current, edit, theirs.body, this.fields);
      const choice = await showConflict({ rows, meta: this.meta(theirs.body) });
      if (choice === 'rebase') {
        this.etag = theirs.etag;
        this.current = theirs.body;
      }
      return { conflict: choice, current: theirs.body, merged };
    }
  }
}

function defaultMeta(body) {
  return {
    version: body?.version ?? '?',
    by: body?.updatedBy ?? body?.createdBy ?? null,
    at: body?.updatedAt ?? body?.createdAt ?? null,
  };
}
