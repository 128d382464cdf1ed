// The time bar under the map: the period the map shows, chosen with a two-thumb slider over the
// data's span (state.timeSpan) or two date fields, played forward a step at a time, over a histogram
// of what the dense layers hold in the current view.
//
// State: reads from, to, timeSpan, playing, language, layers, view, user; writes from, to (an end
// at the span's edge is written as null, "open") and playing. While a thumb is dragged the period is
// written at most every 150 ms; on release, on the keyboard and from the date fields at once.
//
// Keyboard on a thumb: arrows move a day (the browser's own), Shift+arrow a month, Page Up/Page Down
// a year, Home/End to the span's ends. The thumbs cannot cross.
//
// Play: each step moves the window by the step (month, quarter or year; by default chosen from the
// span) keeping its width, every 1.2 s at the soonest; when a layer that reports its drawing is on
// (a dense layer or boundaries), the next step also waits until the map has drawn the last one (a
// change of state.layerCounts or state.boundariesDay, or a call to stepDrawn()), for up to 4 s.
// Play stops at the span's end, and on any use of the slider, the date fields or "Whole span".
//
// Published for tests: data-from, data-to (absent when open), data-playing on the container;
// data-bins (bins drawn, all layers) and data-layers (histogram layer names, comma-separated) on the
// histogram's canvas.

import { getJson as apiGetJson, histogramUrl } from './api.js';
import { el } from './dom.js';
import { currentLanguage, formatNumber, t } from './i18n.js';
import { EVENT_READERS, hasAnyRole, STAFF_ROLES } from './state.js';
import {
  STEPS, addDays, addMonths, binsSummary, defaultStep, effectivePeriod, formatDay, formatMonth, formatPeriod,
  fraction, fromPosition, histogramBins, isWholeSpan, maxDay, minDay, nextWindow, normaliseBins, openPeriod,
  playWindow, spanDays, toPosition, validDate, validSpan, yearTicks,
} from './period.js';

// The dense layers the histogram counts: state layer -> histogram layer, and its colour.
// staff: only asked for when the user holds a staff role (the server refuses them otherwise).
export const HISTOGRAM_LAYERS = Object.freeze({
  footprints: { name: 'footprints', colour: '#2f6f9f', staff: false },
  changeEvents: { name: 'change-events', colour: '#b35806', staff: true },
  events: { name: 'events', colour: '#6a3d9a', staff: true, readers: EVENT_READERS },
});

const DRAG_DEBOUNCE_MS = 150;
const HISTOGRAM_DEBOUNCE_MS = 400;
const PLAY_INTERVAL_MS = 1200;
const DRAW_WAIT_MS = 4000;
const TICK_GAP_PX = 44;
const SHOWN_PERIOD = '{from} – {to}'; // the same in both languages; read out with words (timebar.periodSpoken)
const SHADE = 'rgba(255, 255, 255, 0.72)';
const AXIS = '#8a94a0';
const EDGE = '#1f4e79';

let nextId = 0;

export class TimeBar {
  // container: the element to fill (its content is replaced); state: the map's store (state.js);
  // getBbox(): the map view's [west, south, east, north] in degrees, or null before the map exists;
  // getJson: the request function (api.js's, or a stand-in for tests).
  constructor(container, { state, getBbox = () => null, getJson = apiGetJson,
    playInterval = PLAY_INTERVAL_MS, drawWait = DRAW_WAIT_MS } = {}) {
    this.container = container;
    this.state = state;
    this.getBbox = getBbox;
    this.getJson = getJson;
    this.playInterval = playInterval;
    this.drawWait = drawWait;
    this.step = null; // the user's choice from STEPS; null: the span's default
    this.pending = null; // a dragged period not yet written to the state
    this.dragTimer = null;
    this.histogramTimer = null;
    this.histogramAbort = null;
    this.histogram = { layers: [], status: 'none' }; // status: none | loading | ready | error
    this.play = null; // { timer, intervalDone, drawn, waitUntil } while playing
    this.id = `timebar-${nextId++}`;

    this.build();
    this.applyTexts();
    this.show();

    state.subscribe(['from', 'to'], () => this.show());
    state.subscribe('timeSpan', () => {
      this.show();
      this.scheduleHistogram(0);
    });
    state.subscribe(['layers', 'view', 'user'], () => this.scheduleHistogram());
    state.subscribe('language', () => {
      this.applyTexts();
      this.show();
    });
    state.subscribe('playing', ({ playing }) => (playing ? this.startPlay() : this.stopPlay()));
    state.subscribe(['layerCounts', 'boundariesDay'], () => this.stepDrawn());
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(() => this.drawScale()).observe(this.scale);
    }
    if (state.get().playing) this.startPlay();
    this.scheduleHistogram(0);
  }

  // ---- building ----

  build() {
    const id = this.id;
    const head = el('div', 'timebar-head');
    this.heading = el('h2', 'timebar-heading');
    this.heading.id = this.container.getAttribute('aria-labelledby') || `${id}-heading`;
    if (!this.container.hasAttribute('aria-labelledby')) this.container.setAttribute('aria-labelledby', this.heading.id);
    this.periodText = el('p', 'timebar-period');
    this.periodShown = el('span'); // short dates, seen
    this.periodShown.setAttribute('aria-hidden', 'true');
    this.periodSpoken = el('span', 'timebar-visually-hidden'); // long dates, read out
    this.periodText.append(this.periodShown, this.periodSpoken);
    this.legend = el('ul', 'timebar-legend');

    const controls = el('div', 'timebar-controls');
    const dateField = (suffix) => {
      const label = el('label', 'timebar-field');
      const text = el('span', 'timebar-field-label');
      const input = el('input', 'timebar-date');
      input.type = 'date';
      input.id = `${id}-${suffix}`;
      label.htmlFor = input.id;
      label.append(text, input);
      return { label, text, input };
    };
    this.fromField = dateField('from');
    this.toField = dateField('to');
    this.playButton = el('button', 'timebar-button timebar-play');
    this.playButton.type = 'button';
    this.playButton.setAttribute('aria-pressed', 'false');
    this.playIcon = el('span', 'timebar-play-icon');
    this.playIcon.setAttribute('aria-hidden', 'true');
    this.playText = el('span');
    this.playButton.append(this.playIcon, this.playText);

    const stepLabel = el('label', 'timebar-field');
    this.stepText = el('span', 'timebar-field-label');
    this.stepSelect = el('select', 'timebar-step');
    this.stepSelect.id = `${id}-step`;
    stepLabel.htmlFor = this.stepSelect.id;
    for (const step of STEPS) {
      const option = el('option');
      option.value = step;
      this.stepSelect.append(option);
    }
    stepLabel.append(this.stepText, this.stepSelect);
    this.wholeButton = el('button', 'timebar-button timebar-whole');
    this.wholeButton.type = 'button';
    controls.append(this.fromField.label, this.toField.label, this.playButton, stepLabel, this.wholeButton);
    head.append(this.heading, this.periodText, this.legend, controls);

    // The slider, the histogram and the years share one horizontal scale: the thumbs' centres.
    this.scale = el('div', 'timebar-scale');
    this.slider = el('div', 'timebar-slider');
    this.slider.setAttribute('role', 'group');
    this.sliderLabel = el('span', 'timebar-visually-hidden');
    this.sliderLabel.id = `${id}-slider`;
    this.slider.setAttribute('aria-labelledby', this.sliderLabel.id);
    this.keysHint = el('span', 'timebar-visually-hidden');
    this.keysHint.id = `${id}-keys`;
    const track = el('div', 'timebar-track');
    this.selection = el('div', 'timebar-selection');
    track.append(this.selection);
    const range = (which) => {
      const input = el('input', `timebar-range timebar-range-${which}`);
      input.type = 'range';
      input.min = '0';
      input.step = '1';
      input.setAttribute('aria-describedby', this.keysHint.id);
      return input;
    };
    this.startRange = range('start');
    this.endRange = range('end');
    this.slider.append(this.sliderLabel, track, this.startRange, this.endRange, this.keysHint);

    this.canvas = el('canvas', 'timebar-histogram');
    this.canvas.setAttribute('role', 'img');
    this.summary = el('p', 'timebar-visually-hidden');
    this.summary.id = `${id}-summary`;
    this.canvas.setAttribute('aria-describedby', this.summary.id);
    this.ticks = el('div', 'timebar-ticks');
    this.ticks.setAttribute('aria-hidden', 'true');
    this.scale.append(this.slider, this.canvas, this.ticks, this.summary);

    this.container.replaceChildren(head, this.scale);
    this.container.classList.add('timebar');

    for (const [input, which] of [[this.startRange, 'start'], [this.endRange, 'end']]) {
      input.addEventListener('pointerdown', () => this.pause());
      input.addEventListener('input', () => this.onRangeInput(which));
      input.addEventListener('change', () => this.onRangeInput(which, true));
      input.addEventListener('keydown', (event) => this.onRangeKey(which, event));
    }
    this.fromField.input.addEventListener('change', () => this.onDateField('from'));
    this.toField.input.addEventListener('change', () => this.onDateField('to'));
    this.playButton.addEventListener('click', () => this.state.set({ playing: !this.state.get().playing }));
    this.stepSelect.addEventListener('change', () => {
      this.step = this.stepSelect.value;
    });
    this.wholeButton.addEventListener('click', () => {
      this.pause();
      this.cancelDrag();
      this.state.set({ from: null, to: null });
    });
  }

  // The fixed words, in the current language.
  applyTexts() {
    this.heading.textContent = t('timebar.heading');
    this.sliderLabel.textContent = t('timebar.slider');
    this.keysHint.textContent = t('timebar.keys');
    this.startRange.setAttribute('aria-label', t('timebar.start'));
    this.endRange.setAttribute('aria-label', t('timebar.end'));
    this.fromField.text.textContent = t('timebar.from');
    this.toField.text.textContent = t('timebar.to');
    this.playText.textContent = t('timebar.play');
    this.playButton.title = t('timebar.playTitle');
    this.stepText.textContent = t('timebar.step');
    for (const option of this.stepSelect.options) option.textContent = t(`timebar.step.${option.value}`);
    this.wholeButton.textContent = t('timebar.whole');
    this.wholeButton.title = t('timebar.wholeTitle');
    this.canvas.setAttribute('aria-label', t('timebar.histogram'));
  }

  // ---- showing the period ----

  span() {
    return validSpan(this.state.get().timeSpan);
  }

  // The period shown: the one being dragged, else the state's.
  period(span) {
    const { from, to } = this.pending ?? this.state.get();
    return effectivePeriod({ from, to }, span);
  }

  show() {
    const { from, to, playing } = this.state.get();
    this.publish('from', from);
    this.publish('to', to);
    this.container.dataset.playing = String(Boolean(playing));
    this.playButton.setAttribute('aria-pressed', String(Boolean(playing)));
    this.playIcon.textContent = playing ? '❚❚' : '▶';
    const span = this.span();
    const controls = [this.startRange, this.endRange, this.fromField.input, this.toField.input,
      this.playButton, this.stepSelect, this.wholeButton];
    for (const control of controls) control.disabled = !span;
    if (!span) {
      this.periodShown.textContent = t('timebar.loading');
      this.periodSpoken.textContent = t('timebar.loading');
      this.drawScale();
      return;
    }
    if (!this.step) this.stepSelect.value = defaultStep(span);
    const max = String(spanDays(span));
    for (const input of [this.startRange, this.endRange]) input.max = max;
    for (const input of [this.fromField.input, this.toField.input]) {
      input.min = span.start;
      input.max = span.end;
    }
    this.showPeriod(this.period(span), span);
  }

  // Puts a period on the controls without writing it to the state.
  showPeriod(period, span) {
    const language = currentLanguage();
    this.startRange.value = String(toPosition(period.from, span));
    this.endRange.value = String(toPosition(period.to, span));
    this.startRange.setAttribute('aria-valuetext', formatDay(period.from, language));
    this.endRange.setAttribute('aria-valuetext', formatDay(period.to, language));
    // The thumb nearer the end lies on top, so two thumbs at one end can still be pulled apart.
    this.startRange.classList.toggle('is-on-top', toPosition(period.from, span) > spanDays(span) / 2);
    this.fromField.input.value = period.from;
    this.toField.input.value = period.to;
    this.periodShown.textContent = formatPeriod(period, span, language, SHOWN_PERIOD, 'medium');
    this.periodSpoken.textContent = formatPeriod(period, span, language, t('timebar.periodSpoken'));
    this.selection.style.left = `${fraction(period.from, span) * 100}%`;
    this.selection.style.right = `${(1 - fraction(period.to, span)) * 100}%`;
    this.drawHistogram();
  }

  publish(name, value) {
    if (value === null || value === undefined) delete this.container.dataset[name];
    else this.container.dataset[name] = value;
  }

  // ---- the user's changes ----

  // Shows a period at once; writes it to the state now, or when the drag rests.
  setPeriod(period, now) {
    const span = this.span();
    if (!span) return;
    this.pending = period;
    this.showPeriod(period, span);
    clearTimeout(this.dragTimer);
    if (now) this.flush();
    else this.dragTimer = setTimeout(() => this.flush(), DRAG_DEBOUNCE_MS);
  }

  flush() {
    clearTimeout(this.dragTimer);
    const span = this.span();
    const pending = this.pending;
    this.pending = null;
    if (span && pending) this.state.set(openPeriod(pending, span));
  }

  cancelDrag() {
    clearTimeout(this.dragTimer);
    this.pending = null;
  }

  onRangeInput(which, now = false) {
    const span = this.span();
    if (!span) return;
    let a = Number(this.startRange.value); // read before pause() puts the state's period back
    let b = Number(this.endRange.value);
    this.pause();
    if (a > b) {
      if (which === 'start') a = b;
      else b = a;
      this.startRange.value = String(a);
      this.endRange.value = String(b);
    }
    this.setPeriod({ from: fromPosition(a, span), to: fromPosition(b, span) }, now);
  }

  // Shift+arrow: a month; Page Up/Down: a year. Arrows, Home and End are the browser's.
  onRangeKey(which, event) {
    const span = this.span();
    if (!span) return;
    const up = event.key === 'ArrowRight' || event.key === 'ArrowUp' || event.key === 'PageUp';
    const down = event.key === 'ArrowLeft' || event.key === 'ArrowDown' || event.key === 'PageDown';
    let months = 0;
    if (event.key === 'PageUp' || event.key === 'PageDown') months = 12;
    else if (event.shiftKey && (up || down)) months = 1;
    if (!months) return;
    event.preventDefault();
    this.pause();
    const period = this.period(span);
    const day = addMonths(which === 'start' ? period.from : period.to, up ? months : -months);
    const next = which === 'start'
      ? { from: maxDay(span.start, minDay(day, period.to)), to: period.to }
      : { from: period.from, to: minDay(span.end, maxDay(day, period.from)) };
    this.setPeriod(next, true);
  }

  onDateField(which) {
    const span = this.span();
    if (!span) return;
    const field = which === 'from' ? this.fromField.input : this.toField.input;
    const day = validDate(field.value); // read before pause() puts the state's period back
    this.pause();
    const period = this.period(span);
    if (!day) {
      this.showPeriod(period, span); // an unfinished or impossible date: back to what is shown
      return;
    }
    const clamped = minDay(maxDay(day, span.start), span.end);
    // The other end follows when the typed day passes it.
    const next = which === 'from'
      ? { from: clamped, to: maxDay(clamped, period.to) }
      : { from: minDay(clamped, period.from), to: clamped };
    this.setPeriod(next, true);
  }

  pause() {
    if (this.state.get().playing) this.state.set({ playing: false });
  }

  // ---- play ----

  currentStep(span) {
    return this.step ?? defaultStep(span);
  }

  startPlay() {
    const span = this.span();
    this.show();
    if (!span) {
      this.state.set({ playing: false });
      return;
    }
    this.flush();
    this.advance(playWindow(this.period(span), this.currentStep(span), span));
  }

  stopPlay() {
    if (this.play) clearTimeout(this.play.timer);
    this.play = null;
    this.show();
  }

  // Writes a window and waits for the interval (and the map) before the next.
  advance(window) {
    const span = this.span();
    const { layers } = this.state.get();
    const reports = layers.some((layer) => layer in HISTOGRAM_LAYERS || layer === 'boundaries');
    if (this.play) clearTimeout(this.play.timer);
    this.play = { timer: null, intervalDone: false, drawn: !reports, waitUntil: 0 };
    this.state.set(openPeriod(window, span));
    const play = this.play;
    play.timer = setTimeout(() => {
      play.intervalDone = true;
      play.waitUntil = Date.now() + this.drawWait - this.playInterval;
      this.tryStep(play);
    }, this.playInterval);
  }

  // The map finished drawing the period it was given (main.js may call this; a change of
  // state.layerCounts or state.boundariesDay counts too).
  stepDrawn() {
    if (!this.play) return;
    this.play.drawn = true;
    this.tryStep(this.play);
  }

  tryStep(play) {
    if (play !== this.play || !play.intervalDone || !this.state.get().playing) return;
    if (!play.drawn && Date.now() < play.waitUntil) {
      clearTimeout(play.timer);
      play.timer = setTimeout(() => {
        play.drawn = true;
        this.tryStep(play);
      }, play.waitUntil - Date.now());
      return;
    }
    const span = this.span();
    const next = span && nextWindow(this.period(span), this.currentStep(span), span);
    if (next) this.advance(next);
    else this.state.set({ playing: false });
  }

  // ---- the histogram ----

  scheduleHistogram(delay = HISTOGRAM_DEBOUNCE_MS) {
    clearTimeout(this.histogramTimer);
    this.histogramTimer = setTimeout(() => this.loadHistogram(), delay);
  }

  async loadHistogram() {
    this.histogramAbort?.abort();
    this.histogramAbort = null;
    const span = this.span();
    const { layers: on, user } = this.state.get();
    const wanted = Object.keys(HISTOGRAM_LAYERS).filter((layer) => on.includes(layer)
      && (!HISTOGRAM_LAYERS[layer].staff || hasAnyRole(user, HISTOGRAM_LAYERS[layer].readers ?? STAFF_ROLES)));
    const bbox = this.getBbox();
    if (!span || !wanted.length || !bbox) {
      this.histogram = { layers: [], status: 'none' };
      this.drawScale();
      return;
    }
    const controller = new globalThis.AbortController();
    this.histogramAbort = controller;
    this.histogram = { ...this.histogram, status: 'loading' };
    this.canvas.setAttribute('aria-busy', 'true');
    this.describeHistogram();
    const bins = histogramBins(span);
    let failed = false;
    const results = await Promise.all(wanted.map(async (layer) => {
      const url = histogramUrl(HISTOGRAM_LAYERS[layer].name, { bbox, from: span.start, to: span.end, bins });
      try {
        const body = await this.getJson(url, 'application/json', controller.signal);
        return { layer, bins: normaliseBins(body?.bins) };
      } catch (err) {
        if (err?.name !== 'AbortError' && err?.status !== 401 && err?.status !== 403) {
          failed = true;
          console.warn(`timebar: histogram of ${layer}`, err);
        }
        return null; // not allowed (staff layer) or failed: the layer is left out
      }
    }));
    if (controller.signal.aborted) return;
    this.histogramAbort = null;
    const layers = results.filter(Boolean);
    this.histogram = { layers, status: failed && !layers.length ? 'error' : 'ready' };
    this.canvas.removeAttribute('aria-busy');
    this.drawScale();
  }

  // The years and the histogram, at the scale's present width.
  drawScale() {
    this.size = null; // measured again
    this.drawTicks();
    this.drawHistogram();
  }

  drawTicks() {
    const span = this.span();
    const width = this.ticks.clientWidth;
    if (!span || !width) {
      this.ticks.replaceChildren();
      return;
    }
    this.ticks.replaceChildren(...yearTicks(span, width, TICK_GAP_PX).map(({ year, at }) => {
      const tick = el('span', 'timebar-tick', year);
      tick.style.left = `${at * 100}%`;
      return tick;
    }));
  }

  drawHistogram() {
    const canvas = this.canvas;
    const span = this.span();
    // The size is measured once per drawScale() (on resizes), not on every period change: reading
    // it after the selection moved would force a layout each time.
    this.size ??= { width: canvas.clientWidth, height: canvas.clientHeight };
    const { width, height } = this.size;
    const ratio = globalThis.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
    if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const layers = span ? this.histogram.layers : [];
    let drawn = 0;
    if (span && width && height) {
      // Stacked: each bin's layers one on another, in HISTOGRAM_LAYERS order, scaled to the tallest.
      const stacks = new Map();
      for (const { bins } of layers) {
        for (const bin of bins) stacks.set(bin.start, (stacks.get(bin.start) ?? 0) + bin.count);
      }
      const most = Math.max(1, ...stacks.values());
      const base = new Map();
      const top = 2;
      for (const { layer, bins } of layers) {
        context.fillStyle = HISTOGRAM_LAYERS[layer].colour;
        for (const bin of bins) {
          drawn += 1;
          if (!bin.count) continue;
          const x0 = fraction(bin.start, span) * width;
          const x1 = fraction(addDays(bin.end, 1), span) * width;
          const below = base.get(bin.start) ?? 0;
          const h = (bin.count / most) * (height - top - 1);
          context.fillRect(x0, height - 1 - below - h, Math.max(1, x1 - x0 - 0.5), h);
          base.set(bin.start, below + h);
        }
      }
      // The period: what lies outside it is faded; its ends are marked.
      const period = this.period(span);
      if (!isWholeSpan(period, span)) {
        const left = fraction(period.from, span) * width;
        const right = fraction(addDays(period.to, 1), span) * width;
        context.fillStyle = SHADE;
        context.fillRect(0, 0, left, height);
        context.fillRect(right, 0, width - right, height);
        context.fillStyle = EDGE;
        context.fillRect(left - 1, 0, 2, height);
        context.fillRect(right - 1, 0, 2, height);
      }
    }
    context.fillStyle = AXIS;
    context.fillRect(0, height - 1, width, 1);
    canvas.dataset.bins = String(drawn);
    const names = layers.map(({ layer }) => HISTOGRAM_LAYERS[layer].name).join(',');
    if (canvas.dataset.layers !== names || this.legendLanguage !== currentLanguage()) {
      canvas.dataset.layers = names;
      this.legendLanguage = currentLanguage();
      this.drawLegend(layers);
    }
    this.describeHistogram();
  }

  drawLegend(layers) {
    this.legend.replaceChildren(...layers.map(({ layer }) => {
      const item = el('li', 'timebar-legend-item');
      const swatch = el('span', 'timebar-swatch');
      swatch.style.backgroundColor = HISTOGRAM_LAYERS[layer].colour;
      swatch.setAttribute('aria-hidden', 'true');
      item.append(swatch, el('span', null, t(`timebar.layer.${layer}`)));
      return item;
    }));
    this.legend.hidden = !layers.length;
  }

  // The histogram in words, for screen readers (the canvas's description).
  describeHistogram() {
    const { layers, status } = this.histogram;
    let text;
    if (status === 'loading') text = t('timebar.histogramLoading');
    else if (status === 'error') text = t('timebar.histogramError');
    else if (!layers.length) text = t('timebar.histogramNone');
    else {
      const language = currentLanguage();
      text = layers.map(({ layer, bins }) => {
        const { total, peak } = binsSummary(bins);
        const name = t(`timebar.layer.${layer}`);
        return peak
          ? t('timebar.histogramPart', { layer: name, count: formatNumber(total), peak: formatMonth(peak.start, language) })
          : t('timebar.histogramPartNone', { layer: name });
      }).join('; ');
      text = `${text}.`;
    }
    if (this.summary.textContent !== text) this.summary.textContent = text;
  }
}
