// The small pure helpers of the drawing modules (their DOM and Leaflet parts run in the browser tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, safeHttpUrl } from '../../main/resources/META-INF/resources/js/dom.js';
import { isSafeTileUrl } from '../../main/resources/META-INF/resources/js/base-map.js';
import { normaliseBoundary, validOn } from '../../main/resources/META-INF/resources/js/boundary-layer.js';
import { matchesText as matchesFilter } from '../../main/resources/META-INF/resources/js/facility-filters.js';
import { formatCoordinates } from '../../main/resources/META-INF/resources/js/facility-facts.js';

const square = { type: 'Polygon', coordinates: [[[126, 39], [127, 39], [127, 40], [126, 39]]] };

test('only absolute http(s) URLs are linked; HTML is escaped', () => {
  assert.equal(safeHttpUrl(' https://hrnk.org/a b '), 'https://hrnk.org/a%20b');
  assert.equal(safeHttpUrl('javascript:alert(1)'), null);
  assert.equal(safeHttpUrl('/relative'), null);
  assert.equal(safeHttpUrl(42), null);
  assert.equal(escapeHtml('<a href="x">O\'Neil & co</a>'), '&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;');
  assert.ok(isSafeTileUrl('https://{s}.tile.example/{z}/{x}/{y}.png'));
  assert.ok(!isSafeTileUrl('data:image/png,{z}{x}{y}'));
});

test('coordinates say their hemisphere, latitude first', () => {
  assert.equal(formatCoordinates(39.674271, 126.851044), '39.67427° N, 126.85104° E');
  assert.equal(formatCoordinates(-33.5, -70.25), '33.50000° S, 70.25000° W');
});

test('the list filter matches names, Korean names and aliases, ignoring case, spaces and hyphens', () => {
  const yodok = { name: 'Kwanliso No. 15 Yodok', nameKo: '요덕 15호 관리소', aliases: ["Yo-dŏk", 'Camp 15'] };
  for (const query of ['', '  ', 'yodok', 'YODOK', '요덕', 'camp 15', 'camp15', 'yo dŏk']) {
    assert.ok(matchesFilter(yodok, query), query);
  }
  assert.ok(!matchesFilter(yodok, 'hwasong'));
});

test('boundaries need a polygon, a known basis and confidence, and a facility', () => {
  const feature = { id: 7, geometry: square, properties: { facilityId: 'f', basis: 'approximate', confidence: 'low',
    validFrom: '2019-01-01', validTo: null, areaSqKm: 4, note: 7 } };
  assert.deepEqual(normaliseBoundary(feature), { id: '7', facilityId: 'f', basis: 'approximate', confidence: 'low',
    validFrom: '2019-01-01', validTo: null, areaSqKm: 4, note: null, geometry: square });
  assert.equal(normaliseBoundary({ ...feature, properties: { ...feature.properties, basis: 'guessed' } }), null);
  assert.equal(normaliseBoundary({ ...feature, geometry: { type: 'Point', coordinates: [126, 39] } }), null);
  assert.equal(normaliseBoundary({ ...feature, properties: { ...feature.properties, facilityId: 3 } }), null);
});

test('a dated area is valid from its first day up to, not including, its end', () => {
  const area = { validFrom: '2019-01-01', validTo: '2021-01-01' };
  assert.ok(validOn(area, '2019-01-01') && validOn(area, '2020-12-31'));
  assert.ok(!validOn(area, '2018-12-31') && !validOn(area, '2021-01-01'));
  assert.ok(validOn({ validFrom: null, validTo: null }, '1990-01-01'));
  assert.ok(validOn({ validFrom: null, validTo: '2000-01-01' }, '1999-12-31'));
});
