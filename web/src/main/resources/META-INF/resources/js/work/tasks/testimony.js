// Investigators: testimony intake. Find or record a witness (open attributes), seal identifying
// details in a separate form that never shows them back, unseal them (audited, with a reason) into
// a box that a Hide button removes from the page; record and edit a testimony; record its claims
// with an uncertain place (a circle or an area drawn on the map, or a facility and zone) and an
// uncertain time (a picker writing EDTF, edtf.js); after a save, the facilities the claim is
// linked to and its corroborated event; and the review of likely duplicate claims and witness
// merge proposals. Unsealed details are held only by the DOM box, never in state, a field of
// this object, or the URL.

import { el } from '../../dom.js';
import { currentLanguage, t } from '../../i18n.js';
import { describe, FormMessages } from '../form.js';
import { getJson, postJson } from '../http.js';
import { button, heading, linesOf, selectField, textArea, textField, valueOf, vocabularyChoices } from '../fields.js';
import { publicationControl } from '../publication-state.js';
import { VersionedRecord } from '../versioned.js';
import { drawingHint } from '../map-draw.js';
import { buildEdtf, END_PRECISIONS, parseEdtf, PRECISIONS, SEASONS } from '../edtf.js';
import { bboxOf, claimBody, eventOfClaim, linkedFacilities, percent, placeEditOf, placeInputOf } from '../claim-body.js';

export const testimonyTask = {
  id: 'testimony',
  roles: ['investigator'],
  titleKey: 'work.testimony.title',
  create: (container, context) => new TestimonyIntake(container, context),
};

const WITNESS_FIELDS = ['organisation', 'sharing', 'gender', 'birthDecade', 'provinceOfOrigin', 'relations', 'notes'];
const TESTIMONY_FIELDS = ['organisation', 'sharing', 'interviewedOn', 'interviewer', 'language', 'consent', 'sourceGrade', 'summary', 'externalRef'];
const CLAIM_TEXT_FIELDS = ['type', 'description', 'perpetratorUnit', 'victimsMin', 'victimsMax', 'informationGrade', 'witnessRelation', 'heardFrom', 'heardFromNote', 'sharing', 'timeStated', 'externalRef'];
const WITNESS_PAGE = 500;
const MAX_WITNESS_PAGES = 40;
const DECADES = Array.from({ length: 11 }, (_, i) => 1910 + i * 10);

const label = (key) => {
  const node = el('span', null, t(key));
  node.dataset.i18n = key;
  return node;
};

const hint = (key) => {
  const node = el('p', 'work-hint', t(key));
  node.dataset.i18n = key;
  return node;
};

const section = (className, titleKey) => {
  const node = el('section', `work-testimony-section ${className}`);
  node.append(heading(3, titleKey));
  return node;
};

const newForm = (className) => {
  const form = el('form', `work-form ${className}`);
  form.noValidate = true;
  return form;
};

const actions = (...buttons) => {
  const row = el('div', 'work-actions');
  row.append(...buttons);
  return row;
};

// Control name -> the server field paths it shows (FormMessages).
const controlsFor = (names) => Object.fromEntries(names.map((name) => [name, name]));

class TestimonyIntake {
  constructor(container, context) {
    this.container = container;
    this.context = context;
    this.vocabulary = context.vocabulary;
    this.organisations = [];
    this.witness = null; // VersionedRecord of the current witness
    this.testimony = null; // VersionedRecord of the current testimony (null: a new one)
    this.claim = null; // VersionedRecord of the claim in the form (null: a new one)
    this.witnessArea = el('div', 'work-testimony-witness-area');
    this.testimonyArea = el('div', 'work-testimony-testimony-area');
    this.claimArea = el('div', 'work-testimony-claim-area');
    this.reviewArea = el('div', 'work-testimony-review-area');
    container.append(this.findSection(), this.witnessArea, this.testimonyArea, this.claimArea, this.reviewSection());
    this.loadOrganisations();
  }

  language() {
    return currentLanguage();
  }

  choices(name) {
    return vocabularyChoices(this.vocabulary, `${name}`, this.language());
  }

  async loadOrganisations() {
    try {
      const { body } = await getJson('/api/organisations');
      this.organisations = Array.isArray(body) ? body : [];
    } catch {
      this.organisations = [];
    }
  }

  organisationChoices() {
    const language = this.language();
    return this.organisations.map((o) => ({ value: o.id, label: language === 'ko' && o.nameKo ? o.nameKo : o.name }));
  }

  // ---- Witness: find by code, or record ----

  findSection() {
    const part = section('work-testimony-find', 'work.testimony.witness.heading');
    const form = newForm('work-testimony-find-form');
    const code = textField('code', 'work.testimony.witness.code', { hintKey: 'work.testimony.witness.codeHint', maxLength: 16 });
    const find = button('work.testimony.witness.find', { type: 'submit' });
    const create = button('work.testimony.witness.new');
    form.append(code, actions(find, create));
    const messages = new FormMessages(form, { code: 'code' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      const wanted = (valueOf(form, 'code') ?? '').toUpperCase();
      if (!wanted) {
        messages.showError({ problems: [{ field: 'code', message: t('work.testimony.witness.codeRequired') }] });
        return;
      }
      await messages.busy(async () => {
        try {
          const found = await findWitness(wanted);
          if (!found) {
            messages.showError({ problems: [{ field: 'code', message: t('work.testimony.witness.notFound', { code: wanted }) }] });
            return;
          }
          await this.openWitness(found.id);
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    create.addEventListener('click', () => {
      messages.clear();
      this.showWitnessForm(null);
    });
    part.append(form);
    return part;
  }

  async openWitness(id, notice = null) {
    this.witness = new VersionedRecord(`/api/witnesses/${encodeURIComponent(id)}`, { fields: WITNESS_FIELDS.map((key) => ({ key, label: t(`work.testimony.field.${key}`) })) });
    this.witnessArea.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const witness = await this.witness.load();
      this.showWitnessForm(witness, notice);
    } catch (error) {
      this.witnessArea.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  // The open attributes (a new witness when witness is null), then the sealed form and the unseal.
  showWitnessForm(witness, notice = null, kind = 'done') {
    if (!witness) this.witness = null;
    this.testimonyArea.replaceChildren();
    this.claimArea.replaceChildren();
    const form = newForm('work-testimony-witness');
    const title = el('p', 'work-record-title', witness ? t('work.testimony.witness.titled', { code: witness.code, version: witness.version }) : t('work.testimony.witness.newTitle'));
    title.dataset.witnessCode = witness?.code ?? '';
    const relations = el('fieldset', 'work-fieldset work-testimony-relations');
    const legend = el('legend');
    legend.append(label('work.testimony.field.relations'));
    relations.append(legend);
    for (const choice of this.choices('facilityRelations')) {
      const box = el('input');
      box.type = 'checkbox';
      box.name = 'relations';
      box.value = choice.value;
      box.checked = (witness?.relations ?? []).includes(choice.value);
      const item = el('label', 'work-check');
      item.append(box, el('span', null, choice.label));
      relations.append(item);
    }
    form.append(
      title,
      selectField('organisation', 'work.testimony.field.organisation', this.organisationChoices(), { value: witness?.organisation, emptyKey: 'work.testimony.choose' }),
      selectField('sharing', 'work.testimony.field.sharing', this.choices('sharings'), { value: witness?.sharing ?? 'staff-only' }),
      selectField('gender', 'work.testimony.field.gender', this.choices('genders'), { value: witness?.gender, emptyKey: 'work.testimony.notGiven' }),
      selectField('birthDecade', 'work.testimony.field.birthDecade', DECADES.map((d) => ({ value: String(d), label: t('work.testimony.decade', { decade: d }) })), { value: witness?.birthDecade ? String(witness.birthDecade) : '', emptyKey: 'work.testimony.notGiven' }),
      selectField('provinceOfOrigin', 'work.testimony.field.provinceOfOrigin', this.choices('provinces'), { value: witness?.provinceOfOrigin, emptyKey: 'work.testimony.notGiven' }),
      relations,
      textArea('notes', 'work.testimony.field.notes', { value: witness?.notes, rows: 2, hintKey: 'work.testimony.witness.notesHint' }),
      actions(button(witness ? 'work.save' : 'work.testimony.witness.record', { type: 'submit' })),
    );
    const messages = new FormMessages(form, controlsFor(WITNESS_FIELDS));
    if (notice) messages.showSummary(notice, kind);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      await messages.busy(async () => {
        try {
          const body = this.witnessBody(form);
          if (!this.witness) {
            const { body: created } = await postJson('/api/witnesses', body);
            await this.openWitness(created.id, t('work.testimony.witness.recorded', { code: created.code }));
            return;
          }
          const result = await this.witness.save({ ...body, identity: null });
          if (result.saved) {
            this.showWitnessForm(result.saved, t('work.testimony.saved', { version: result.saved.version }));
          } else if (result.conflict === 'rebase') {
            this.showWitnessForm({ ...result.current, ...result.merged }, t('work.conflict.rebased', { version: result.current.version }), 'info');
          } else {
            messages.showSummary(t('work.conflict.kept'), 'error');
          }
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    const parts = [form];
    if (witness) parts.push(this.sealedForm(witness), this.unsealForm(witness));
    this.witnessArea.replaceChildren(...parts);
    if (witness) this.showTestimonies(witness);
  }

  witnessBody(form) {
    const decade = valueOf(form, 'birthDecade');
    return {
      organisation: valueOf(form, 'organisation'),
      sharing: valueOf(form, 'sharing'),
      gender: valueOf(form, 'gender'),
      birthDecade: decade === null ? null : Number(decade),
      provinceOfOrigin: valueOf(form, 'provinceOfOrigin'),
      relations: [...form.querySelectorAll('input[name="relations"]:checked')].map((box) => box.value),
      notes: valueOf(form, 'notes'),
    };
  }

  // The sealed identity: written only. The fields are emptied once sealed; nothing comes back.
  sealedForm(witness) {
    const form = newForm('work-testimony-sealed');
    const badge = el('p', 'work-testimony-sealed-badge');
    badge.append(label('work.testimony.sealed.badge'));
    form.append(
      heading(4, 'work.testimony.sealed.heading'),
      badge,
      hint(witness.identitySealed ? 'work.testimony.sealed.has' : 'work.testimony.sealed.none'),
      textField('fullName', 'work.testimony.sealed.fullName', { maxLength: 200 }),
      textArea('otherNames', 'work.testimony.sealed.otherNames', { rows: 2, hintKey: 'work.testimony.onePerLine' }),
      textArea('contacts', 'work.testimony.sealed.contacts', { rows: 2, hintKey: 'work.testimony.onePerLine' }),
      textField('exactBirthDate', 'work.testimony.sealed.exactBirthDate', { type: 'date' }),
      textField('photoSha256', 'work.testimony.sealed.photoSha256', { maxLength: 64 }),
      actions(button('work.testimony.sealed.seal', { type: 'submit' })),
    );
    const names = ['fullName', 'otherNames', 'contacts', 'exactBirthDate', 'photoSha256'];
    const messages = new FormMessages(form, Object.fromEntries(names.map((name) => [name, [name, `identity.${name}`]])));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      const identity = {
        fullName: valueOf(form, 'fullName'),
        otherNames: linesOf(form, 'otherNames'),
        contacts: linesOf(form, 'contacts'),
        exactBirthDate: valueOf(form, 'exactBirthDate'),
        photoSha256: valueOf(form, 'photoSha256'),
      };
      await messages.busy(async () => {
        try {
          const current = this.witness.current;
          const open = Object.fromEntries(WITNESS_FIELDS.map((key) => [key, current[key] ?? null]));
          const result = await this.witness.save({ ...open, identity });
          if (result.saved) {
            for (const name of names) form.elements.namedItem(name).value = '';
            messages.showSummary(t('work.testimony.sealed.done', { version: result.saved.version }), 'done');
          } else {
            messages.showSummary(t('work.conflict.kept'), 'error');
          }
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    return form;
  }

  // The audited unseal: the details go into a marked box, removed from the page by Hide.
  unsealForm(witness) {
    const form = newForm('work-testimony-unseal');
    const reason = textArea('reason', 'work.testimony.unseal.reason', { rows: 2, required: true, hintKey: 'work.testimony.unseal.reasonHint' });
    form.append(heading(4, 'work.testimony.unseal.heading'), reason, actions(button('work.testimony.unseal.button', { type: 'submit' })));
    const messages = new FormMessages(form, { reason: 'reason' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      const why = valueOf(form, 'reason');
      await messages.busy(async () => {
        try {
          const { body } = await postJson(`/api/witnesses/${encodeURIComponent(witness.id)}/unseal`, { reason: why });
          form.elements.namedItem('reason').value = '';
          this.witnessArea.querySelector('.work-testimony-unsealed')?.remove();
          const box = unsealedBox(body, this.context.state.get().user?.username, why);
          form.after(box);
          box.querySelector('button')?.focus();
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    return form;
  }

  // ---- Testimonies of the witness ----

  async showTestimonies(witness) {
    const part = section('work-testimony-testimonies', 'work.testimony.testimony.heading');
    const list = el('ul', 'work-testimony-list');
    const create = button('work.testimony.testimony.new');
    create.addEventListener('click', () => this.showTestimonyForm(witness, null));
    part.append(list, actions(create));
    this.testimonyArea.replaceChildren(part);
    try {
      const { body } = await getJson(`/api/testimonies?witness=${encodeURIComponent(witness.code)}&limit=500`);
      const items = body?.items ?? [];
      if (!items.length) list.append(el('li', 'work-hint', t('work.testimony.testimony.none')));
      for (const item of items) {
        const open = el('button', 'work-link-button', t('work.testimony.testimony.item', { id: item.id, date: item.interviewedOn ?? '—', claims: item.claims }));
        open.type = 'button';
        open.addEventListener('click', () => this.openTestimony(witness, item.id));
        const row = el('li');
        row.append(open);
        list.append(row);
      }
    } catch (error) {
      list.replaceChildren(el('li', 'work-form-summary error', describe(error)));
    }
  }

  async openTestimony(witness, id, notice = null) {
    this.testimony = new VersionedRecord(`/api/testimonies/${encodeURIComponent(id)}`, { fields: TESTIMONY_FIELDS.map((key) => ({ key, label: t(`work.testimony.field.${key}`) })) });
    try {
      this.showTestimonyForm(witness, await this.testimony.load(), notice);
    } catch (error) {
      this.claimArea.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  showTestimonyForm(witness, testimony, notice = null) {
    if (!testimony) this.testimony = null;
    const part = this.testimonyArea.querySelector('.work-testimony-testimonies');
    part?.querySelector('.work-testimony-testimony')?.remove();
    const form = newForm('work-testimony-testimony');
    form.dataset.testimonyId = testimony?.id ?? '';
    form.append(
      el('p', 'work-record-title', testimony ? t('work.testimony.testimony.titled', { id: testimony.id, version: testimony.version }) : t('work.testimony.testimony.newTitle', { code: witness.code })),
      selectField('organisation', 'work.testimony.field.organisation', this.organisationChoices(), { value: testimony?.organisation ?? witness.organisation, emptyKey: 'work.testimony.choose' }),
      selectField('sharing', 'work.testimony.field.sharing', this.choices('sharings'), { value: testimony?.sharing ?? witness.sharing ?? 'staff-only' }),
      textField('interviewedOn', 'work.testimony.field.interviewedOn', { type: 'date', value: testimony?.interviewedOn }),
      textField('interviewer', 'work.testimony.field.interviewer', { value: testimony?.interviewer, maxLength: 200 }),
      textField('language', 'work.testimony.field.language', { value: testimony?.language ?? 'ko', maxLength: 35, hintKey: 'work.testimony.languageHint' }),
      selectField('consent', 'work.testimony.field.consent', this.choices('consents'), { value: testimony?.consent ?? 'none' }),
      selectField('sourceGrade', 'work.testimony.field.sourceGrade', this.choices('sourceGrades'), { value: testimony?.sourceGrade ?? 'F' }),
      textArea('summary', 'work.testimony.field.summary', { value: testimony?.summary, rows: 3 }),
      textField('externalRef', 'work.testimony.field.externalRef', { value: testimony?.externalRef, maxLength: 200 }),
      actions(button(testimony ? 'work.save' : 'work.testimony.testimony.record', { type: 'submit' })),
    );
    const messages = new FormMessages(form, controlsFor(TESTIMONY_FIELDS));
    if (notice) messages.showSummary(notice, 'done');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      const body = { witness: witness.code, ...Object.fromEntries(TESTIMONY_FIELDS.map((key) => [key, valueOf(form, key)])) };
      await messages.busy(async () => {
        try {
          if (!this.testimony) {
            const { body: created } = await postJson('/api/testimonies', body);
            await this.openTestimony(witness, created.id, t('work.testimony.testimony.recorded', { id: created.id }));
            return;
          }
          const result = await this.testimony.save(body);
          if (result.saved) {
            form.querySelector('.work-record-title').textContent = t('work.testimony.testimony.titled', { id: result.saved.id, version: result.saved.version });
            messages.showSummary(t('work.testimony.saved', { version: result.saved.version }), 'done');
          } else if (result.conflict === 'rebase') {
            for (const key of TESTIMONY_FIELDS) form.elements.namedItem(key).value = result.merged?.[key] ?? '';
            messages.showSummary(t('work.conflict.rebased', { version: result.current.version }), 'info');
          } else {
            messages.showSummary(t('work.conflict.kept'), 'error');
          }
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    (part ?? this.testimonyArea).append(form);
    if (testimony) this.showClaims(testimony);
    else this.claimArea.replaceChildren();
  }

  // ---- Claims of the testimony ----

  async showClaims(testimony) {
    const part = section('work-testimony-claims', 'work.testimony.claim.heading');
    const list = el('ul', 'work-testimony-list');
    const create = button('work.testimony.claim.new');
    create.addEventListener('click', () => this.showClaimForm(testimony, null));
    part.append(list, actions(create));
    this.claimArea.replaceChildren(part);
    try {
      const { body } = await getJson(`/api/claims?testimony=${encodeURIComponent(testimony.id)}&limit=500`);
      const items = body?.items ?? [];
      if (!items.length) list.append(el('li', 'work-hint', t('work.testimony.claim.none')));
      for (const item of items) {
        const open = el('button', 'work-link-button', t('work.testimony.claim.item', { id: item.id, type: this.vocabulary.label('claimTypes', item.type, this.language()), time: item.time?.edtf ?? '—' }));
        open.type = 'button';
        open.addEventListener('click', () => this.openClaim(testimony, item.id));
        const row = el('li');
        row.append(open);
        list.append(row);
      }
    } catch (error) {
      list.replaceChildren(el('li', 'work-form-summary error', describe(error)));
    }
  }

  async openClaim(testimony, id) {
    this.claim = claimRecord(id);
    try {
      this.showClaimForm(testimony, await this.claim.load());
    } catch (error) {
      this.claimArea.append(el('p', 'work-form-summary error', describe(error)));
    }
  }

  showClaimForm(testimony, claim) {
    if (!claim) this.claim = null;
    this.context.draw?.clear();
    const part = this.claimArea.querySelector('.work-testimony-claims') ?? this.claimArea;
    part.querySelector('.work-testimony-claim')?.remove();
    part.querySelector('.work-testimony-result')?.remove();
    part.querySelector('.work-testimony-deletion')?.remove();
    const form = newForm('work-testimony-claim');
    form.dataset.claimId = claim?.id ?? '';
    const place = new PlaceInput(this.context, this.vocabulary, placeInputOf(claim?.places?.[0]));
    const time = new TimePicker(this.vocabulary, claim?.time?.edtf ?? '');
    this.timePicker = time;
    form.append(
      el('p', 'work-record-title', claim ? t('work.testimony.claim.titled', { id: claim.id, version: claim.version }) : t('work.testimony.claim.newTitle', { id: testimony.id })),
      selectField('type', 'work.testimony.field.type', this.choices('claimTypes'), { value: claim?.type, emptyKey: 'work.testimony.choose' }),
      textArea('description', 'work.testimony.field.description', { value: claim?.description, rows: 3 }),
      textField('perpetratorUnit', 'work.testimony.field.perpetratorUnit', { value: claim?.perpetratorUnit }),
      textField('victimsMin', 'work.testimony.field.victimsMin', { type: 'number', min: 0, step: 1, value: claim?.victimsMin ?? '' }),
      textField('victimsMax', 'work.testimony.field.victimsMax', { type: 'number', min: 0, step: 1, value: claim?.victimsMax ?? '' }),
      selectField('informationGrade', 'work.testimony.field.informationGrade', this.choices('informationGrades'), { value: claim?.informationGrade, emptyKey: 'work.testimony.choose' }),
      selectField('witnessRelation', 'work.testimony.field.witnessRelation', this.choices('witnessRelations'), { value: claim?.witnessRelation, emptyKey: 'work.testimony.choose' }),
      textField('heardFrom', 'work.testimony.field.heardFrom', { value: claim?.heardFrom, maxLength: 16, hintKey: 'work.testimony.heardFromHint' }),
      textField('heardFromNote', 'work.testimony.field.heardFromNote', { value: claim?.heardFromNote }),
      selectField('sharing', 'work.testimony.field.sharing', this.choices('sharings'), { value: claim?.sharing ?? '', emptyKey: 'work.testimony.claim.sharingDefault' }),
      place.element,
      time.element,
      textField('timeStated', 'work.testimony.field.timeStated', { value: claim?.time?.stated, hintKey: 'work.testimony.timeStatedHint' }),
      textField('externalRef', 'work.testimony.field.externalRef', { value: claim?.externalRef, maxLength: 200 }),
      actions(button(claim ? 'work.save' : 'work.testimony.claim.record', { type: 'submit' })),
    );
    const controls = {
      ...controlsFor(CLAIM_TEXT_FIELDS),
      time: 'time',
      placeKind: ['places'],
      pointLon: ['places[0].point', 'places[0]'],
      radiusM: 'places[0].radiusM',
      area: 'places[0].area',
      facility: 'places[0].facility',
      zone: 'places[0].zone',
      placeDescription: 'places[0].description',
    };
    const messages = new FormMessages(form, controls);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      this.context.draw?.clearProblems?.();
      const values = Object.fromEntries(CLAIM_TEXT_FIELDS.map((key) => [key, form.elements.namedItem(key).value]));
      values.time = form.elements.namedItem('time').value;
      const { body, problems } = claimBody(testimony.id, values, place.value());
      // The form edits the first place; any others the claim has are kept as saved.
      for (const other of (this.claim?.current?.places ?? []).slice(1)) {
        const kept = placeEditOf(other);
        if (kept) body.places.push(kept);
      }
      if (problems.length) {
        messages.showError({ problems: problems.map((p) => ({ field: p.field, message: t(`work.testimony.problem.${p.code}`) })) });
        return;
      }
      await messages.busy(async () => {
        try {
          let saved;
          if (!this.claim) {
            const { body: created } = await postJson('/api/claims', body);
            this.claim = claimRecord(created.id);
            saved = await this.claim.load();
          } else {
            const result = await this.claim.save(body);
            if (!result.saved) {
              if (result.conflict === 'rebase') fillClaim(form, result.merged);
              messages.showSummary(t(result.conflict === 'rebase' ? 'work.conflict.rebased' : 'work.conflict.kept', { version: result.current.version }), result.conflict === 'rebase' ? 'info' : 'error');
              return;
            }
            saved = result.saved;
          }
          form.dataset.claimId = saved.id;
          form.querySelector('.work-record-title').textContent = t('work.testimony.claim.titled', { id: saved.id, version: saved.version });
          form.querySelector('button[type="submit"]').textContent = t('work.save');
          messages.showSummary(t('work.testimony.claim.saved', { id: saved.id, version: saved.version }), 'done');
          if (!part.querySelector('.work-testimony-deletion')) form.after(this.claimDeletion(testimony, saved));
          this.showClaimResult(part, saved);
          this.context.reloadAreas?.();
        } catch (error) {
          messages.showError(error);
          if (error?.problems?.length) this.context.draw?.showProblems(error.problems);
        }
      });
    });
    part.append(form);
    if (claim) {
      form.after(this.claimDeletion(testimony, claim));
      place.showOnMap();
      this.showClaimResult(part, claim);
    }
  }

  // Deleting a claim: soft, with a reason the server keeps; the claim list is read again.
  claimDeletion(testimony, claim) {
    const details = el('details', 'work-testimony-deletion');
    const summary = el('summary', null, t('work.testimony.claim.delete'));
    summary.dataset.i18n = 'work.testimony.claim.delete';
    const form = newForm('work-testimony-delete-claim');
    form.append(
      textField('reason', 'work.testimony.claim.deleteReason', { required: true, maxLength: 500, hintKey: 'work.testimony.claim.deleteHint' }),
      actions(button('work.testimony.claim.deleteButton', { type: 'submit' })),
    );
    const messages = new FormMessages(form, { reason: 'reason' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      await messages.busy(async () => {
        try {
          const etag = this.claim?.etag;
          await postJson(`/api/claims/${encodeURIComponent(claim.id)}/deletion`, { reason: valueOf(form, 'reason') }, { etag });
          this.claim = null;
          this.context.draw?.clear();
          await this.showClaims(testimony);
          const note = el('p', 'work-form-summary done', t('work.testimony.claim.deleted', { id: claim.id }));
          note.setAttribute('role', 'status');
          this.claimArea.querySelector('.work-testimony-claims .work-testimony-list')?.before(note);
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    details.append(summary, form);
    return details;
  }

  // What the server made of a saved claim: its time, its place precision, the facilities it is
  // linked to (with the share of its region inside each) and its corroborated event.
  async showClaimResult(part, claim) {
    part.querySelector('.work-testimony-result')?.remove();
    const language = this.language();
    const box = el('section', 'work-testimony-result');
    box.setAttribute('aria-live', 'polite');
    box.dataset.claimId = claim.id;
    box.append(heading(4, 'work.testimony.result.heading'));
    const time = claim.time ?? {};
    box.append(el('p', 'work-testimony-result-time', t('work.testimony.result.time', {
      edtf: time.edtf ?? '—', earliest: time.earliest ?? '…', latest: time.latest ?? '…',
      precision: this.vocabulary.label('timePrecisions', time.precision, language),
    })));
    box.append(el('p', null, t('work.testimony.result.placePrecision', { precision: this.vocabulary.label('placePrecisions', claim.placePrecision, language) })));
    const links = linkedFacilities(claim.links);
    box.append(heading(5, 'work.testimony.result.links'));
    const list = el('ul', 'work-testimony-links');
    if (!links.length) list.append(el('li', 'work-hint', t('work.testimony.result.noLinks')));
    for (const link of links) {
      const name = this.context.findFacility?.(link.facility)?.name ?? link.facility;
      const item = el('li', 'work-testimony-link', t('work.testimony.result.link', { name, id: link.facility, percent: percent(link.overlapFraction) }));
      item.dataset.facility = link.facility;
      if (link.zones.length) item.append(el('span', 'work-hint', ` ${t('work.testimony.result.zones', { zones: link.zones.join(', ') })}`));
      list.append(item);
    }
    // Publication of the claim: its state and "Submit for review", the description only where marked.
    const claimPublication = publicationControl('claim', claim.id, { textFields: [{ name: 'description', labelKey: 'work.publication.descriptionPublishable' }] });
    claimPublication.element.classList.add('work-testimony-claim-publication');
    box.append(list, heading(5, 'work.publication.claimHeading'), claimPublication.element, heading(5, 'work.testimony.result.event'));
    const event = el('div', 'work-testimony-event', t('work.loading'));
    box.append(event);
    part.append(box);
    try {
      const found = await findEvent(claim, links);
      if (!found) {
        event.textContent = t('work.testimony.result.noEvent');
        return;
      }
      const c = found.properties.corroboration;
      event.replaceChildren(
        el('p', 'work-testimony-event-level', t('work.testimony.result.level', {
          level: this.vocabulary.label('corroborationLevels', c.level, language),
          sources: c.independentSources,
          members: (c.members ?? []).length,
        })),
      );
      event.dataset.level = c.level;
      const summary = c.explanation?.summary;
      if (summary) event.append(el('p', 'work-testimony-explanation', summary));
      const verdicts = el('ul', 'work-testimony-verdicts');
      for (const verdict of c.explanation?.sources ?? []) if (verdict?.text) verdicts.append(el('li', null, verdict.text));
      if (verdicts.childElementCount) event.append(verdicts);
      // A corroborated event may be submitted for review too (the public sees it only at or above
      // the policy's level).
      const eventKey = found.properties.eventKey ?? found.id;
      if (eventKey !== undefined && eventKey !== null) {
        const eventPublication = publicationControl('event', eventKey, { compact: true });
        eventPublication.element.classList.add('work-testimony-event-publication');
        event.append(eventPublication.element);
      }
    } catch (error) {
      event.textContent = describe(error);
    }
  }

  // ---- Likely duplicates and witness merges ----

  reviewSection() {
    const part = section('work-testimony-review', 'work.testimony.review.heading');
    const load = button('work.testimony.review.load');
    load.addEventListener('click', () => this.loadReview());
    part.append(hint('work.testimony.review.hint'), actions(load), this.reviewArea);
    return part;
  }

  async loadReview() {
    this.reviewArea.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const [duplicates, merges] = await Promise.all([getJson('/api/claim-duplicates?status=proposed'), getJson('/api/witness-merges?status=proposed')]);
      const duplicateList = el('ul', 'work-testimony-proposals work-testimony-duplicates');
      for (const proposal of duplicates.body ?? []) {
        duplicateList.append(this.proposalItem('claim-duplicates', proposal, t('work.testimony.review.duplicate', { a: proposal.claimA, b: proposal.claimB, similarity: percent(proposal.similarity) }), proposal.reasons ?? []));
      }
      if (!duplicateList.childElementCount) duplicateList.append(el('li', 'work-hint', t('work.testimony.review.noDuplicates')));
      const mergeList = el('ul', 'work-testimony-proposals work-testimony-merges');
      for (const proposal of merges.body ?? []) {
        const what = t('work.testimony.review.merge', {
          a: proposal.witnessA, orgA: proposal.organisationA, b: proposal.witnessB, orgB: proposal.organisationB,
        });
        const reasons = [t('work.testimony.review.matched', { kinds: (proposal.matchedKinds ?? []).join(', ') })];
        if (proposal.crossOrganisation) reasons.push(t('work.testimony.review.crossOrganisation'));
        mergeList.append(this.proposalItem('witness-merges', proposal, what, reasons));
      }
      if (!mergeList.childElementCount) mergeList.append(el('li', 'work-hint', t('work.testimony.review.noMerges')));
      this.reviewArea.replaceChildren(heading(4, 'work.testimony.review.duplicates'), duplicateList, heading(4, 'work.testimony.review.merges'), mergeList);
    } catch (error) {
      this.reviewArea.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  proposalItem(kind, proposal, what, reasons) {
    const item = el('li', 'work-testimony-proposal');
    item.dataset.proposal = `${kind}/${proposal.id}`;
    const form = newForm('work-testimony-decision');
    const why = el('ul', 'work-testimony-reasons');
    for (const reason of reasons) why.append(el('li', null, reason));
    const confirm = button('work.testimony.review.confirm', { type: 'submit' });
    confirm.value = 'confirm';
    const dismiss = button('work.testimony.review.dismiss', { type: 'submit' });
    dismiss.value = 'dismiss';
    form.append(el('p', 'work-testimony-proposal-what', what), why, textField('reason', 'work.testimony.review.reason', { maxLength: 500 }), actions(confirm, dismiss));
    const messages = new FormMessages(form, { reason: ['reason', 'decisionReason'] });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      const decision = event.submitter?.value === 'confirm' ? 'confirm' : 'dismiss';
      await messages.busy(async () => {
        try {
          const { body } = await postJson(`/api/${kind}/${encodeURIComponent(proposal.id)}/decision`, { decision, reason: valueOf(form, 'reason') }, { etag: `"v${proposal.version}"` });
          form.replaceChildren(el('p', 'work-form-summary done', t(`work.testimony.review.decided.${body?.status ?? decision}`, { by: body?.decidedBy ?? '' })));
          item.dataset.status = body?.status ?? decision;
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    item.append(form);
    return item;
  }

  relabel() {
    this.timePicker?.relabel();
  }

  // Unsealed details never outlive the session that unsealed them, not even an expired one.
  sessionEnded() {
    this.container.querySelectorAll('.work-testimony-unsealed').forEach((box) => box.remove());
  }

  destroy() {
    this.context.draw?.clear();
    this.sessionEnded();
  }
}

// A claim's record: compared on a conflict by its own fields and its time as EDTF (the saved
// claim holds the time as an object, the edit as text).
const CLAIM_COMPARED = CLAIM_TEXT_FIELDS.filter((key) => key !== 'timeStated');
const edtfOf = (time) => (typeof time === 'string' ? time : time?.edtf ?? '');

function claimRecord(id) {
  const fields = CLAIM_COMPARED.map((key) => ({ key, label: t(`work.testimony.field.${key}`) }));
  fields.push({ key: 'time', label: t('work.testimony.field.time'), format: (value) => edtfOf(value) || '—' });
  return new VersionedRecord(`/api/claims/${encodeURIComponent(id)}`, { fields });
}

// After a conflict: the saved version with this user's changes, into the form (the place stays as
// the form has it).
function fillClaim(form, merged) {
  for (const key of CLAIM_COMPARED) {
    const control = form.elements.namedItem(key);
    if (control) control.value = merged?.[key] ?? '';
  }
  form.elements.namedItem('time').value = edtfOf(merged?.time);
}

// The witness with this code, read page by page (the list is ordered by code); null when none.
async function findWitness(code) {
  let url = `/api/witnesses?limit=${WITNESS_PAGE}`;
  for (let page = 0; url && page < MAX_WITNESS_PAGES; page++) {
    const { body } = await getJson(url);
    const found = (body?.items ?? []).find((item) => item.code === code);
    if (found) return found;
    url = body?.next ?? null;
  }
  return null;
}

// The corroborated event holding the claim: among the events of its linked facilities, else
// among those around its region.
async function findEvent(claim, links) {
  const queries = links.map((link) => `facility=${encodeURIComponent(link.facility)}`);
  const box = bboxOf(claim.region);
  if (!queries.length && box) queries.push(`bbox=${box}`);
  for (const query of queries) {
    const { body } = await getJson(`/api/collections/events/items?limit=1000&${query}`);
    const found = eventOfClaim(body?.features, claim.id);
    if (found) return found;
  }
  return null;
}

// The unsealed details in a marked box; Hide removes it (and the details) from the page.
function unsealedBox(identity, username, reason) {
  const box = el('section', 'work-testimony-unsealed');
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', t('work.testimony.unseal.boxLabel', { code: identity?.witness ?? '' }));
  box.append(el('p', 'work-testimony-unsealed-badge', t('work.testimony.unseal.badge', { code: identity?.witness ?? '' })));
  const list = el('dl');
  const rows = [
    ['fullName', identity?.fullName],
    ['otherNames', (identity?.otherNames ?? []).join(', ')],
    ['contacts', (identity?.contacts ?? []).join(', ')],
    ['exactBirthDate', identity?.exactBirthDate],
    ['photoSha256', identity?.photoSha256],
  ];
  for (const [key, value] of rows) {
    list.append(el('dt', null, t(`work.testimony.sealed.${key}`)), el('dd', null, value || '—'));
  }
  const hide = button('work.testimony.unseal.hide');
  hide.addEventListener('click', () => box.remove());
  box.append(list, el('p', 'work-testimony-audited', t('work.testimony.unseal.audited', { user: username ?? '?', reason: reason ?? '' })), actions(hide));
  return box;
}

// Where: a circle or an area drawn on the map (or typed), or a facility and zone.
class PlaceInput {
  constructor(context, vocabulary, initial) {
    this.context = context;
    this.geometry = initial?.kind === 'area' ? initial.geometry : null;
    const box = el('fieldset', 'work-fieldset work-testimony-place');
    const legend = el('legend');
    legend.append(label('work.testimony.place.legend'));
    const kind = selectField('placeKind', 'work.testimony.place.kind', ['point', 'area', 'facility'].map((value) => ({ value, label: t(`work.testimony.place.kind.${value}`) })), { value: initial?.kind ?? 'point' });
    kind.control.querySelectorAll('option').forEach((option) => {
      option.dataset.i18n = `work.testimony.place.kind.${option.value}`;
    });
    this.kind = kind.control;
    // A circle: typed, or drawn on the map.
    this.point = el('div', 'work-testimony-place-point');
    const lon = textField('pointLon', 'work.testimony.place.lon', { value: initial?.lon, hintKey: 'work.testimony.place.lonHint' });
    const lat = textField('pointLat', 'work.testimony.place.lat', { value: initial?.lat });
    const radius = textField('radiusM', 'work.testimony.place.radius', { value: initial?.radiusM ?? '', type: 'number', min: 0, step: 1 });
    const drawCircle = button('work.testimony.place.drawCircle');
    drawCircle.classList.add('work-testimony-draw-circle');
    this.point.append(lon, lat, radius, actions(drawCircle));
    // An area drawn on the map.
    this.area = el('div', 'work-testimony-place-area');
    const areaState = el('input');
    areaState.type = 'text';
    areaState.readOnly = true;
    const areaField = el('div', 'work-field');
    areaState.name = 'area';
    areaState.id = `wt-area-${Math.random().toString(36).slice(2)}`;
    const areaLabel = el('label', null, t('work.testimony.place.area'));
    areaLabel.dataset.i18n = 'work.testimony.place.area';
    areaLabel.htmlFor = areaState.id;
    areaField.append(areaLabel, areaState);
    this.areaState = areaState;
    const drawArea = button('work.testimony.place.drawArea');
    this.area.append(areaField, actions(drawArea));
    this.showArea();
    // A facility, optionally one of its zones.
    this.facility = el('div', 'work-testimony-place-facility');
    const facilities = [...(context.facilitiesById?.values?.() ?? [])].sort((a, b) => String(a.name).localeCompare(String(b.name)));
    const facility = selectField('facility', 'work.testimony.place.facility', facilities.map((f) => ({ value: f.id, label: `${f.name} (${f.id})` })), { value: initial?.facility ?? '', emptyKey: 'work.testimony.choose' });
    const zone = selectField('zone', 'work.testimony.place.zone', [], { value: '', emptyKey: 'work.testimony.place.noZone' });
    this.facilityControl = facility.control;
    this.zoneControl = zone.control;
    this.facility.append(facility, zone);
    facility.control.addEventListener('change', () => this.loadZones(''));
    if (initial?.facility) this.loadZones(initial.zone ?? '');
    this.description = textField('placeDescription', 'work.testimony.place.description', { value: initial?.description });
    this.drawHint = el('div', 'work-testimony-draw-hint');
    box.append(legend, kind, this.point, this.area, this.facility, this.description, this.drawHint);
    this.element = box;
    this.kind.addEventListener('change', () => this.showKind());
    this.showKind();
    drawCircle.addEventListener('click', () => this.drawShape('Circle'));
    drawArea.addEventListener('click', () => this.drawShape('Polygon'));
    const retype = () => {
      const value = this.value();
      const lonNumber = Number(value.lon);
      const latNumber = Number(value.lat);
      const radiusNumber = Number(value.radiusM);
      if (context.draw?.available && Number.isFinite(lonNumber) && Number.isFinite(latNumber) && Math.abs(latNumber) <= 90 && Math.abs(lonNumber) <= 180 && radiusNumber > 0) {
        context.draw.edit({ center: [lonNumber, latNumber], radiusM: radiusNumber }, { fit: false, onChange: (v) => this.fillCircle(v) });
      }
    };
    for (const field of [lon, lat, radius]) field.control.addEventListener('change', retype);
  }

  // A saved circle or area, on the map and editable there (the form follows the edits).
  showOnMap() {
    const draw = this.context.draw;
    if (!draw?.available) return;
    const value = this.value();
    if (value.kind === 'point') {
      const [lon, lat, radiusM] = [Number(value.lon), Number(value.lat), Number(value.radiusM)];
      if ([lon, lat, radiusM].every(Number.isFinite) && radiusM > 0) draw.edit({ center: [lon, lat], radiusM }, { onChange: (v) => this.fillCircle(v) });
    } else if (value.kind === 'area' && this.geometry) {
      draw.edit(this.geometry, { onChange: (v) => this.setArea(v) });
    }
  }

  showKind() {
    const kind = this.kind.value;
    this.point.hidden = kind !== 'point';
    this.area.hidden = kind !== 'area';
    this.facility.hidden = kind !== 'facility';
  }

  showArea() {
    this.areaState.value = this.geometry ? t('work.testimony.place.areaDrawn', { corners: Math.max(0, (this.geometry.coordinates?.[0]?.length ?? 1) - 1) }) : t('work.testimony.place.areaNone');
  }

  fillCircle(value) {
    if (!value?.center) return;
    const form = this.element.form ?? this.element.closest('form');
    form.elements.namedItem('pointLon').value = String(value.center[0]);
    form.elements.namedItem('pointLat').value = String(value.center[1]);
    form.elements.namedItem('radiusM').value = String(value.radiusM);
  }

  async drawShape(shape) {
    this.drawHint.replaceChildren(drawingHint(shape));
    const value = await this.context.draw.draw(shape, {
      onChange: (changed) => (shape === 'Circle' ? this.fillCircle(changed) : this.setArea(changed)),
    });
    this.drawHint.replaceChildren();
    if (!value) return;
    if (shape === 'Circle') this.fillCircle(value);
    else this.setArea(value);
  }

  setArea(geometry) {
    this.geometry = geometry;
    this.showArea();
  }

  async loadZones(selected) {
    const id = this.facilityControl.value;
    this.zoneControl.replaceChildren(this.zoneControl.firstChild ?? el('option'));
    if (!id) return;
    try {
      const { body } = await getJson(`/api/facilities/${encodeURIComponent(id)}/zones`);
      const keys = new Map();
      for (const zone of Array.isArray(body) ? body : []) if (zone?.zoneKey) keys.set(zone.zoneKey, zone.name ?? zone.zoneKey);
      for (const [key, name] of keys) {
        const option = el('option', null, `${name} (${key})`);
        option.value = key;
        this.zoneControl.append(option);
      }
      this.zoneControl.value = selected ?? '';
    } catch {
      // A facility without readable zones: the facility alone is still a place.
    }
  }

  value() {
    const form = this.element.form ?? this.element.closest('form');
    const read = (name) => form.elements.namedItem(name)?.value ?? '';
    return {
      kind: this.kind.value,
      lon: read('pointLon'),
      lat: read('pointLat'),
      radiusM: read('radiusM'),
      geometry: this.geometry,
      facility: read('facility'),
      zone: read('zone'),
      description: read('placeDescription'),
    };
  }
}

// When: a picker (precision, year, month, day or season, qualifiers, an optional end) writing
// the EDTF into the "time" control, which may also be typed directly.
class TimePicker {
  constructor(vocabulary, edtf) {
    const language = currentLanguage();
    const box = el('fieldset', 'work-fieldset work-testimony-time');
    const legend = el('legend');
    legend.append(label('work.testimony.time.legend'));
    const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, language) }));
    const precisionChoices = (list) => list.map((code) => ({ value: code, label: vocabulary.label('timePrecisions', code, language) }));
    const startRow = el('div', 'work-testimony-time-row');
    const precision = selectField('timePrecision', 'work.testimony.time.precision', precisionChoices(PRECISIONS), { value: 'year' });
    const year = textField('timeYear', 'work.testimony.time.year', { type: 'number', min: 0, max: 9999, step: 1 });
    const season = selectField('timeSeason', 'work.testimony.time.season', SEASONS.map((code) => ({ value: String(code), label: t(`work.testimony.time.season.${code}`) })), { value: '24' });
    season.control.querySelectorAll('option').forEach((option) => {
      option.dataset.i18n = `work.testimony.time.season.${option.value}`;
    });
    const month = selectField('timeMonth', 'work.testimony.time.month', months, { value: '', emptyKey: 'work.testimony.choose' });
    const day = textField('timeDay', 'work.testimony.time.day', { type: 'number', min: 1, max: 31, step: 1 });
    const uncertain = checkbox('timeUncertain', 'work.testimony.time.uncertain');
    const approximate = checkbox('timeApproximate', 'work.testimony.time.approximate');
    const interval = checkbox('timeInterval', 'work.testimony.time.interval');
    startRow.append(precision, year, season, month, day);
    const endRow = el('div', 'work-testimony-time-row work-testimony-time-end');
    const endPrecision = selectField('timeEndPrecision', 'work.testimony.time.endPrecision', precisionChoices(END_PRECISIONS), { value: 'year' });
    const endYear = textField('timeEndYear', 'work.testimony.time.endYear', { type: 'number', min: 0, max: 9999, step: 1 });
    const endMonth = selectField('timeEndMonth', 'work.testimony.time.endMonth', months, { value: '', emptyKey: 'work.testimony.choose' });
    const endDay = textField('timeEndDay', 'work.testimony.time.endDay', { type: 'number', min: 1, max: 31, step: 1 });
    const endUncertain = checkbox('timeEndUncertain', 'work.testimony.time.uncertain');
    const endApproximate = checkbox('timeEndApproximate', 'work.testimony.time.approximate');
    endRow.append(endPrecision, endYear, endMonth, endDay, endUncertain, endApproximate);
    const text = textField('time', 'work.testimony.time.edtf', { value: edtf, maxLength: 64, hintKey: 'work.testimony.time.edtfHint' });
    const live = el('output', 'work-testimony-edtf');
    live.setAttribute('aria-live', 'polite');
    const qualifiers = el('div', 'work-testimony-time-row');
    qualifiers.append(uncertain, approximate, interval);
    box.append(legend, startRow, qualifiers, endRow, text, live);
    this.element = box;
    const controls = { precision, year, season, month, day, endPrecision, endYear, endMonth, endDay };
    const state = () => ({
      precision: precision.control.value,
      year: year.control.value,
      month: month.control.value,
      day: day.control.value,
      season: season.control.value,
      uncertain: uncertain.control.checked,
      approximate: approximate.control.checked,
      interval: interval.control.checked,
      end: {
        precision: endPrecision.control.value,
        year: endYear.control.value,
        month: endMonth.control.value,
        day: endDay.control.value,
        uncertain: endUncertain.control.checked,
        approximate: endApproximate.control.checked,
      },
    });
    const showControls = () => {
      const p = precision.control.value;
      const isInterval = interval.control.checked;
      season.hidden = p !== 'season' || isInterval;
      month.hidden = !(p === 'month' || p === 'day');
      day.hidden = p !== 'day';
      endRow.hidden = !isInterval;
      const e = endPrecision.control.value;
      endMonth.hidden = !(e === 'month' || e === 'day');
      endDay.hidden = e !== 'day';
      for (const option of precision.control.options) option.disabled = isInterval && !END_PRECISIONS.includes(option.value);
    };
    const describeLive = () => {
      const typed = text.control.value.trim();
      const parsed = parseEdtf(typed);
      const built = parsed ? buildEdtf(parsed) : null;
      live.textContent = built?.edtf
        ? t('work.testimony.time.live', { edtf: built.edtf, earliest: built.earliest, latest: built.latest })
        : typed ? t('work.testimony.time.liveTyped', { edtf: typed }) : t('work.testimony.time.liveNone');
    };
    const write = () => {
      showControls();
      for (const field of Object.values(controls)) field.querySelector('.field-error')?.remove();
      box.querySelectorAll('.work-testimony-time-problem').forEach((node) => node.remove());
      const built = buildEdtf(state());
      if (built.edtf) {
        text.control.value = built.edtf;
      } else {
        // Only once something was entered: a fresh picker shows no complaint.
        const relevant = built.problems.filter((p) => p.code !== 'required');
        for (const problem of relevant) {
          const field = controls[problem.field] ?? null;
          if (field) field.append(el('p', 'field-error work-testimony-time-problem', t(`work.testimony.problem.${problem.code}`, problem.params ?? {})));
        }
      }
      describeLive();
    };
    for (const field of [...Object.values(controls), uncertain, approximate, interval, endUncertain, endApproximate]) {
      field.control.addEventListener('input', write);
      field.control.addEventListener('change', write);
    }
    text.control.addEventListener('input', describeLive);
    this.relabel = describeLive;
    // A saved EDTF the picker can say is shown in it; other texts stay as typed.
    const initial = parseEdtf(edtf);
    if (initial) {
      precision.control.value = initial.precision;
      year.control.value = String(initial.year ?? '');
      if (initial.month) month.control.value = String(initial.month);
      if (initial.day) day.control.value = String(initial.day);
      if (initial.season) season.control.value = String(initial.season);
      uncertain.control.checked = initial.uncertain;
      approximate.control.checked = initial.approximate;
      interval.control.checked = initial.interval;
      if (initial.end) {
        endPrecision.control.value = initial.end.precision;
        endYear.control.value = String(initial.end.year ?? '');
        if (initial.end.month) endMonth.control.value = String(initial.end.month);
        if (initial.end.day) endDay.control.value = String(initial.end.day);
        endUncertain.control.checked = initial.end.uncertain;
        endApproximate.control.checked = initial.end.approximate;
      }
    }
    showControls();
    describeLive();
  }
}

function checkbox(name, labelKey) {
  const field = el('div', 'work-field work-check');
  const box = el('input');
  box.type = 'checkbox';
  box.name = name;
  box.id = `wt-${name}-${Math.random().toString(36).slice(2)}`;
  const text = el('label', null, t(labelKey));
  text.dataset.i18n = labelKey;
  text.htmlFor = box.id;
  field.append(box, text);
  field.control = box;
  return field;
}

function monthName(month, language) {
  try {
    return new Intl.DateTimeFormat(language === 'ko' ? 'ko' : 'en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
  } catch {
    return String(month);
  }
}
