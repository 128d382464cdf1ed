import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  auditEventsUrl, checkedValues, detailText, EXPORT_FORMATS, exportQuery, exportUrl, filenameFrom, hasFacilityFilters, toHex,
} from '../../main/resources/META-INF/resources/js/work/staff-logic.js';

const NO_FILTERS = { text: '', facilityTypes: [], statuses: [], eventTypes: [], levels: [], sourceKinds: [] };
const FACILITIES = [
  { id: 'kwanliso-15-yodok', name: 'Kwanliso No. 15 Yodok', nameKo: '요덕', aliases: ['Camp 15'], type: 'kwanliso', status: 'active' },
  { id: 'kwanliso-16-hwasong', name: 'Kwanliso No. 16 Hwasong', nameKo: '화성', aliases: [], type: 'kwanliso', status: 'active' },
  { id: 'kyohwaso-1-kaechon', name: 'Kyohwaso No. 1 Kaechon', nameKo: '개천', aliases: ['Yo-dok annex'], type: 'kyohwaso', status: 'closed' },
];

test('the digest is lowercase hex, as the server writes it', () => {
  const digest = createHash('sha256').update('evidence bytes').digest();
  const buffer = digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength);
  assert.equal(toHex(buffer), digest.toString('hex'));
  assert.equal(toHex(new Uint8Array([0, 15, 255]).buffer), '000fff');
});

test('no filter exports everything, with no query', () => {
  assert.equal(hasFacilityFilters(NO_FILTERS), false);
  assert.equal(exportUrl('csv', NO_FILTERS, FACILITIES), '/api/exports/facilities.csv');
  assert.deepEqual(EXPORT_FORMATS, ['geojson', 'kml', 'gpkg', 'csv']);
  assert.throws(() => exportUrl('exe', NO_FILTERS, FACILITIES), /no export format/);
});

test('types and statuses go to the server; the text filter becomes the ids it lets through', () => {
  const filters = { ...NO_FILTERS, facilityTypes: ['kwanliso'], statuses: ['active', 'unknown'] };
  assert.equal(hasFacilityFilters(filters), true);
  const url = new URL(exportUrl('geojson', filters, FACILITIES), 'http://map.test');
  assert.equal(url.pathname, '/api/exports/facilities.geojson');
  assert.deepEqual(url.searchParams.getAll('type'), ['kwanliso']);
  assert.deepEqual(url.searchParams.getAll('status'), ['active', 'unknown']);
  assert.deepEqual(url.searchParams.getAll('facility'), []);

  // "yodok" matches a name and, without its hyphen, an alias of another facility.
  const text = { ...NO_FILTERS, text: ' yodok ' };
  const { params, count } = exportQuery(text, FACILITIES);
  assert.equal(count, 2);
  assert.deepEqual(params.getAll('facility'), ['kwanliso-15-yodok', 'kyohwaso-1-kaechon']);
  const hangul = exportQuery({ ...NO_FILTERS, text: '화성' }, FACILITIES);
  assert.deepEqual(hangul.params.getAll('facility'), ['kwanliso-16-hwasong']);
});

test('a text filter that matches nothing offers no export (never an unfiltered one)', () => {
  const filters = { ...NO_FILTERS, text: 'no such camp' };
  assert.deepEqual(exportQuery(filters, FACILITIES), { params: null, count: 0 });
  assert.equal(exportUrl('kml', filters, FACILITIES), null);
});

test('the saved file takes the server name, never a path', () => {
  assert.equal(filenameFrom('attachment; filename="sightline-facilities-2024-01-01.csv"', 'x.csv'), 'sightline-facilities-2024-01-01.csv');
  assert.equal(filenameFrom("attachment; filename*=UTF-8''%EC%A6%9D%EA%B1%B0.txt", 'x'), '증거.txt');
  assert.equal(filenameFrom('attachment; filename="../../etc/passwd"', 'x'), '.._.._etc_passwd');
  assert.equal(filenameFrom(null, 'fallback.bin'), 'fallback.bin');
  assert.equal(filenameFrom('attachment; filename=".."', 'fallback.bin'), 'fallback.bin');
});

test('the audit query asks for the latest events, of one entity type when given', () => {
  const url = new URL(auditEventsUrl({ entityType: ' evidence_item ', limit: 50 }), 'http://map.test');
  assert.equal(url.pathname, '/api/audit/events');
  assert.deepEqual(Object.fromEntries(url.searchParams), { latest: 'true', limit: '50', entityType: 'evidence_item' });
  assert.equal(new URL(auditEventsUrl(), 'http://map.test').searchParams.has('entityType'), false);
});

test('ticked roles are read in a stable order; audit details read as text', () => {
  assert.deepEqual(checkedValues([{ value: 'investigator', checked: true }, { value: 'admin', checked: false }, { value: 'analyst', checked: true }]), ['analyst', 'investigator']);
  assert.equal(detailText('{"recipient":"UN COI","purpose":"report"}'), 'recipient: UN COI; purpose: report');
  assert.equal(detailText('{"types":["kwanliso"]}'), 'types: ["kwanliso"]');
  assert.equal(detailText(null), null);
  assert.equal(detailText('not json'), 'not json');
});
