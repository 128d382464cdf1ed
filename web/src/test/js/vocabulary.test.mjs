import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createVocabulary } from '../../main/resources/META-INF/resources/js/vocabulary.js';
import { SAMPLE_VOCABULARY } from './fixtures.mjs';


test('types and statuses in the server\'s order', () => {
  const vocabulary = createVocabulary(SAMPLE_VOCABULARY);
  assert.deepEqual(vocabulary.types, ['kwanliso', 'kyohwaso', 'other']);
  assert.deepEqual(vocabulary.statuses, ['operational', 'closed']);
  assert.deepEqual(vocabulary.languages, ['en', 'ko']);
  assert.ok(vocabulary.isType('kyohwaso'));
  assert.ok(!vocabulary.isType('gulag'));
  assert.ok(vocabulary.isStatus('closed'));
  assert.ok(!vocabulary.isStatus('kwanliso'));
});

test('labels by language, falling back to English, then to the code', () => {
  const vocabulary = createVocabulary(SAMPLE_VOCABULARY);
  assert.equal(vocabulary.typeLabel('kwanliso', 'ko'), '관리소 (정치범수용소)');
  assert.equal(vocabulary.typeLabel('kwanliso', 'en'), 'Kwanliso (political prison camp)');
  assert.equal(vocabulary.statusLabel('operational', 'ko'), '운영 중');
  assert.equal(vocabulary.statusLabel('closed', 'ko'), 'Closed');
  assert.equal(vocabulary.statusLabel('reduced', 'ko'), 'reduced');
});

test('the catch-all type is "other" when listed, else the last type', () => {
  assert.equal(createVocabulary(SAMPLE_VOCABULARY).fallbackType, 'other');
  const withoutOther = { facilityTypes: SAMPLE_VOCABULARY.facilityTypes.slice(0, 2) };
  assert.equal(createVocabulary(withoutOther).fallbackType, 'kyohwaso');
});

test('malformed terms are dropped; no types at all is an error', () => {
  const vocabulary = createVocabulary({
    facilityTypes: [null, { code: '' }, { code: 'kwanliso', labels: { en: 'K', ko: 7, fr: '' } }],
    facilityStatuses: 'none',
  });
  assert.deepEqual(vocabulary.types, ['kwanliso']);
  assert.deepEqual(vocabulary.statuses, []);
  assert.equal(vocabulary.typeLabel('kwanliso', 'ko'), 'K');
  assert.throws(() => createVocabulary({}), /no facility types/);
  assert.throws(() => createVocabulary(null), /no facility types/);
});

test('every named vocabulary, top-level or under testimony, by label() and codes()', () => {
  const vocabulary = createVocabulary({
    ...SAMPLE_VOCABULARY,
    structureClasses: [
      { code: 'prisoner-housing', labels: { en: 'prisoner housing', ko: '수감자 숙소' } },
      { code: 'mining', labels: { en: 'mining' } },
    ],
    testimony: {
      provinces: [{ code: 'north-hamgyong', labels: { en: 'North Hamgyong', ko: '함경북도' } }],
      corroborationLevels: [{ code: 'corroborated', labels: { en: 'corroborated', ko: '교차 확인됨' } }],
    },
  });
  assert.deepEqual(vocabulary.codes('structureClasses'), ['prisoner-housing', 'mining']);
  assert.deepEqual(vocabulary.codes('provinces'), ['north-hamgyong']);
  assert.deepEqual(vocabulary.codes('facilityTypes'), ['kwanliso', 'kyohwaso', 'other']);
  assert.deepEqual(vocabulary.codes('nothing'), []);
  assert.equal(vocabulary.label('structureClasses', 'prisoner-housing', 'ko'), '수감자 숙소');
  assert.equal(vocabulary.label('structureClasses', 'mining', 'ko'), 'mining');
  assert.equal(vocabulary.label('provinces', 'north-hamgyong', 'ko'), '함경북도');
  assert.equal(vocabulary.label('corroborationLevels', 'corroborated', 'en'), 'corroborated');
  assert.equal(vocabulary.label('facilityTypes', 'kwanliso', 'ko'), vocabulary.typeLabel('kwanliso', 'ko'));
  assert.equal(vocabulary.label('eventTypes', 'execution', 'en'), 'execution');
  assert.ok(vocabulary.has('provinces', 'north-hamgyong'));
  assert.ok(!vocabulary.has('provinces', 'kaesong'));
  assert.ok(vocabulary.names().includes('corroborationLevels'));
});
