// RunnerStrength Studio: the page of `runner-strength serve`. Plain script, no framework and nothing fetched from
// elsewhere: it talks only to the API of the server that served it (/api/...). Text from files is always set as text.
'use strict';

const state = { athletes: [], athlete: null, plan: null, files: [], file: null, saved: new Map(), validated: 0, version: 0 };
const $ = (id) => document.getElementById(id);

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function status(text) { $('status').textContent = text; }

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  return { ok: response.ok, status: response.status, data };
}

// A problem as validate prints it: rules/placement.json(22,60): error RS3101: ...
function problemLine(d) {
  const where = d.path ? `${d.path}${d.line ? `(${d.line},${d.column})` : ''}: ` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}

// ---- roster and plan -------------------------------------------------------------------------------------------

async function loadRoster() {
  const { ok, data } = await api('GET', '/api/athletes');
  if (!ok) { status('The roster could not be read.'); return; }
  state.athletes = data.athletes;
  const list = $('roster');
  list.replaceChildren(...data.athletes.map((a) => el('li', {},
    el('button', { type: 'button', class: 'athlete', 'data-file': a.file, 'aria-pressed': 'false', onclick: () => pickAthlete(a) }, a.name))));
  if (data.athletes.length === 0) list.append(el('li', {}, 'No athlete profiles in the roster folder.'));
}

async function pickAthlete(athlete) {
  state.athlete = athlete;
  for (const button of document.querySelectorAll('button.athlete')) button.setAttribute('aria-pressed', String(button.dataset.file === athlete.file));
  await showPlan();
}

async function showPlan() {
  const athlete = state.athlete;
  if (!athlete) return;
  if (!athlete.profile) { $('plan-summary').textContent = athlete.diagnostics.map(problemLine).join('\n'); return; }
  status(`Designing ${athlete.name}'s plan…`);
  const { ok, data } = await api('POST', '/api/plans', { athlete: athlete.profile, format: 'json' });
  if (!ok) {
    $('plan-summary').textContent = `No plan for ${athlete.name}: ${(data.diagnostics || []).map(problemLine).join('; ') || data.detail}`;
    $('calendar').replaceChildren();
    $('chart-figure').hidden = true;
    status('No plan.');
    return;
  }
  state.plan = data;
  renderPlan(data);
  status(`${data.athlete}'s plan: ${data.weeks.length} weeks (rules version ${state.version}).`);
}

function renderPlan(plan) {
  const sessions = plan.weeks.reduce((n, w) => n + w.sessions.length, 0);
  $('plan-summary').textContent = `${plan.athlete}: ${plan.weeks.length} weeks from ${plan.start}, ${sessions} sessions.`;
  $('reasons').hidden = true;
  $('calendar').replaceChildren(...plan.weeks.map((week) => el('li', { class: `week phase-${week.phase}`, 'data-week': week.week },
    el('h3', {}, `Week ${week.week} · ${week.start} · ${week.phase}`,
      week.deload ? el('span', { class: 'tag deload' }, 'deload') : null,
      week.phase === 'taper' ? el('span', { class: 'tag taper' }, 'taper') : null,
      week.weeksToRace === 0 ? el('span', { class: 'tag race' }, 'race week') : null),
    week.sessions.length === 0 ? el('p', {}, 'No strength session.') : el('ul', { class: 'sessions' },
      week.sessions.map((s, i) => el('li', {},
        el('button', { type: 'button', class: 'session', 'data-week': week.week, 'data-session': i + 1, onclick: () => showReasons(week, s) },
          `${s.day.slice(0, 3)} ${s.date.slice(5)} · ${s.title} · ${s.intensity} · ${s.minutes} min`)))))));
  renderChart(plan);
}

// The week's hard sets per movement pattern: working sets of every exercise, injury-mitigation work left out (as
// WeeklySets in the designer counts them, what article 000's "4-8 sets per pattern" counts).
function weeklySets(week) {
  const sets = {};
  for (const session of week.sessions) {
    for (const exercise of session.exercises) {
      if (!exercise.mitigation) sets[exercise.pattern] = (sets[exercise.pattern] || 0) + exercise.sets;
    }
  }
  return sets;
}

const palette = ['#0b57d0', '#d93025', '#188038', '#e37400', '#9334e6', '#007b83', '#b06000', '#5f6368', '#c5221f', '#1967d2'];

function renderChart(plan) {
  const weeks = plan.weeks.map(weeklySets);
  const patterns = [...new Set(weeks.flatMap((w) => Object.keys(w)))].sort();
  const max = Math.max(1, ...weeks.flatMap((w) => Object.values(w)));
  const width = 640, height = 240, left = 36, bottom = 24, top = 8, right = 120;
  const x = (i) => left + (weeks.length === 1 ? 0 : (i * (width - left - right)) / (weeks.length - 1));
  const y = (v) => top + (height - top - bottom) * (1 - v / max);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const add = (parent, tag, attributes, text) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    parent.append(node);
    return node;
  };
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', 'chart-title');
  add(svg, 'title', { id: 'chart-title' }, `Hard sets a week per movement pattern over ${weeks.length} weeks: ${patterns.join(', ')}`);
  plan.weeks.forEach((week, i) => {
    if (week.deload || week.phase === 'taper') {
      add(svg, 'rect', { x: x(i) - 4, y: top, width: 8, height: height - top - bottom, fill: week.deload ? '#fde3e1' : '#e3f4e6' });
    }
  });
  for (const v of [0, Math.round(max / 2), max]) {
    add(svg, 'line', { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: '#d5dae3' });
    add(svg, 'text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11 }, v);
  }
  plan.weeks.forEach((week, i) => {
    if (weeks.length <= 20 || i % 2 === 0) add(svg, 'text', { x: x(i), y: height - 6, 'text-anchor': 'middle', 'font-size': 10 }, week.week);
  });
  patterns.forEach((pattern, p) => {
    const colour = palette[p % palette.length];
    const points = weeks.map((w, i) => `${x(i)},${y(w[pattern] || 0)}`).join(' ');
    add(svg, 'polyline', { points, fill: 'none', stroke: colour, 'stroke-width': 2, class: 'series', 'data-pattern': pattern });
    add(svg, 'text', { x: width - right + 8, y: top + 12 + p * 14, 'font-size': 11, fill: colour }, pattern);
  });
  $('chart').replaceChildren(svg);
  const table = el('table', {},
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Week'), patterns.map((p) => el('th', { scope: 'col' }, p)))),
    el('tbody', {}, weeks.map((w, i) => el('tr', {}, el('th', { scope: 'row' }, plan.weeks[i].week), patterns.map((p) => el('td', {}, w[p] || 0))))));
  $('chart-table').replaceChildren(table);
  $('chart-figure').hidden = false;
}

// rules/placement.json(47,19) -> { file: 'placement.json', line: 47, column: 19 }
function sourceOf(text) {
  const match = /^(.*?)\((\d+),(\d+)\)$/.exec(text || '');
  return match ? { path: match[1], file: match[1].split(/[\\/:]/).pop(), line: Number(match[2]), column: Number(match[3]) } : null;
}

function showReasons(week, session) {
  $('reasons-session').textContent = `Week ${week.week}, ${session.day} ${session.date}: ${session.title}, ${session.intensity}, ${session.minutes} minutes` +
    (session.run ? `, ${session.order ? session.order.replace('-', ' ') + ' ' : ''}${session.run} run day` : '');
  $('reasons-list').replaceChildren(...session.why.map((reason) => {
    const source = sourceOf(reason.source);
    return el('li', { class: 'reason' },
      el('strong', {}, reason.rule), ': ', reason.message, ' ',
      el('span', { class: 'source' }, source ? `${source.path}, line ${source.line}` : reason.source), ' ',
      source && state.files.some((f) => f.path === source.file)
        ? el('button', { type: 'button', onclick: () => openFile(source.file, source.line, source.column) }, `Open ${source.file} at line ${source.line}`)
        : null);
  }));
  $('reasons').hidden = false;
  $('reasons').focus();
}

// ---- rule editor -----------------------------------------------------------------------------------------------

async function loadRules(keepEdits) {
  const { ok, data } = await api('GET', '/api/rules');
  if (!ok) return;
  state.version = data.version;
  state.files = data.files;
  for (const file of data.files) state.saved.set(file.path, file.text);
  showRuleState(data);
  const select = $('rule-file');
  const chosen = state.file || (data.files.find((f) => f.path === 'placement.json') || data.files[0] || {}).path;
  select.replaceChildren(...data.files.map((f) => el('option', { value: f.path }, f.path)));
  if (chosen) { select.value = chosen; if (!keepEdits) openFile(chosen); }
}

function showRuleState(data) {
  const errors = data.diagnostics.filter((d) => d.severity === 'error').length;
  $('rules-state').textContent = data.loaded
    ? `Rules in ${data.folder} load (version ${data.version}).`
    : `Rules in ${data.folder} as saved have ${errors} errors; plans use the last rules that loaded.`;
}

function openFile(name, line, column) {
  state.file = name;
  $('rule-file').value = name;
  const text = $('rule-text');
  text.value = state.saved.get(name) ?? '';
  $('diff').hidden = true;
  markProblems([]);
  updateSave();
  if (line) {
    const at = offsetOf(text.value, line, column || 1);
    text.focus();
    text.setSelectionRange(at, at);
    text.scrollTop = Math.max(0, (line - 5) * 18);
    syncGutter();
  }
  validateSoon();
}

function offsetOf(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

function renderGutter(marks) {
  const lines = $('rule-text').value.split('\n').length;
  const gutter = $('gutter');
  const children = [];
  for (let i = 1; i <= lines; i++) {
    const mark = marks.get(i);
    children.push(mark ? el('span', { class: mark.severity === 'error' ? 'bad' : 'warn', 'data-line': i, title: mark.text }, String(i)) : String(i), '\n');
  }
  gutter.replaceChildren(...children);
  syncGutter();
}

function syncGutter() { $('gutter').scrollTop = $('rule-text').scrollTop; }

function markProblems(diagnostics) {
  const marks = new Map();
  for (const d of diagnostics) {
    if (d.line && !(marks.get(d.line)?.severity === 'error')) marks.set(d.line, { severity: d.severity, text: problemLine(d) });
  }
  renderGutter(marks);
  const list = $('problems');
  if (diagnostics.length === 0) { list.replaceChildren(el('li', { class: 'clean' }, 'No problems.')); return; }
  list.replaceChildren(...diagnostics.map((d) => el('li', { class: d.severity, 'data-line': d.line ?? '', 'data-column': d.column ?? '', 'data-code': d.code },
    d.line ? el('button', { type: 'button', onclick: () => openAt(d.line, d.column) }, `Line ${d.line}, column ${d.column}`) : null, ' ', problemLine(d))));
}

function openAt(line, column) {
  const text = $('rule-text');
  const at = offsetOf(text.value, line, column);
  text.focus();
  text.setSelectionRange(at, at + 1);
  text.scrollTop = Math.max(0, (line - 5) * 18);
  syncGutter();
}

let validateTimer = 0;
function validateSoon() {
  clearTimeout(validateTimer);
  validateTimer = setTimeout(validate, 400);
}

function edited() { return state.file && $('rule-text').value !== state.saved.get(state.file); }

function updateSave() { $('save').disabled = !edited(); }

async function validate() {
  if (!state.file) return;
  const ticket = ++state.validated;
  const name = state.file;
  const { ok, data } = await api('POST', '/api/validate', { files: [{ path: name, text: $('rule-text').value }] });
  if (ticket !== state.validated) return; // a newer check is on its way
  const shown = ok ? data.diagnostics.filter((d) => d.path && d.path.split('/').pop() === name) : data.diagnostics || [];
  const others = ok ? data.diagnostics.filter((d) => !shown.includes(d) && d.severity === 'error') : [];
  markProblems([...shown, ...others]);
  $('problems').dataset.checked = String(ticket);
}

async function preview() {
  if (!state.file) return;
  $('diff').hidden = false;
  $('diff-summary').textContent = 'Designing every athlete\'s plan with and without the edit…';
  $('diff-body').replaceChildren();
  const { ok, data } = await api('POST', '/api/diff', { files: [{ path: state.file, text: $('rule-text').value }] });
  if (!ok) {
    $('diff-summary').textContent = `The edit does not load: ${(data.diagnostics || []).map(problemLine).join('; ')}`;
    return;
  }
  $('diff-summary').textContent = data.summary.text;
  $('diff-body').replaceChildren(...data.athletes.filter((a) => a.changed || a.errors.length > 0).map((a) => el('details', { class: 'athlete-diff', open: true },
    el('summary', {}, `${a.athlete}: ${a.changes.length} changes`),
    a.errors.map((e) => el('p', { class: 'error' }, e)),
    a.changes.map((c) => el('div', { class: 'change' },
      el('strong', {}, `Week ${c.week}${c.session ? `, session ${c.session}` : ''}${c.slot ? `, ${c.slot}` : ''}: ${c.kind.replaceAll('-', ' ')}`),
      c.before ? el('div', { class: 'before' }, `before: ${c.before}`) : null,
      c.after ? el('div', { class: 'after' }, `after: ${c.after}`) : null,
      [...c.rulesBefore.map((r) => ['rule before', r]), ...c.rulesAfter.map((r) => ['rule after', r])].map(([side, r]) =>
        el('div', { class: 'source' }, `${side}: ${r.rule} at ${r.source}`)))))));
}

async function save() {
  if (!state.file) return;
  const name = state.file;
  const text = $('rule-text').value;
  const { ok, data } = await api('PUT', '/api/rules', { path: name, text });
  if (!ok) { status(`Not saved: ${(data.diagnostics || []).map(problemLine).join('; ')}`); return; }
  state.saved.set(name, text);
  state.version = data.version;
  showRuleState(data);
  updateSave();
  $('diff').hidden = true;
  await showPlan();
  status(`Saved ${data.saved}; the rules ${data.loaded ? 'reloaded' : 'have errors, the last good rules stay'} (version ${data.version}).` +
    (state.plan ? ` ${state.plan.athlete}'s plan is drawn again.` : ''));
}

document.addEventListener('DOMContentLoaded', async () => {
  $('rule-file').addEventListener('change', (e) => openFile(e.target.value));
  $('rule-text').addEventListener('input', () => { renderGutter(new Map()); updateSave(); validateSoon(); });
  $('rule-text').addEventListener('scroll', syncGutter);
  $('preview').addEventListener('click', preview);
  $('save').addEventListener('click', save);
  await Promise.all([loadRoster(), loadRules(false)]);
  status(`Ready: ${state.athletes.length} athletes, ${state.files.length} files of rules (version ${state.version}).`);
});
