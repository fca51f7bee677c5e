#!/usr/bin/env node
// Lints Camunda Forms (*.form) for Kinerja (Camunda Platform 7.24, whose Tasklist bundles form-js 1.8.7).
//
//   node lint-forms.mjs FILE.form [FILE.form ...]
//
// Per file:
//   - the JSON parses and is an object with a non-empty string `id`, `type: "default"` and a `components` array;
//   - every component has a string `id` (unique within the form) and a string `type`;
//   - every input field has a `key`, and no two fields bind the same data path (groups' and dynamic lists' `path`
//     are taken into account; a key that is a prefix of another, e.g. `a` and `a.b`, also conflicts);
//   - @camunda/form-linting passes. It knows Camunda Platform versions only up to 7.22 (7.23 and 7.24 return no
//     reports at all), so every form is linted as "Camunda Platform 7.22.0" (same form-js 1.8.7 as 7.24).
// Across files: no two forms share an `id` (camunda:formRef resolves by that id).
//
// Severities: "error" fails (exit 1); "warn" and "info" are printed and pass. Exit 2 on usage errors.
// Output: one status line per file, its problems as `  <severity>  [<component id>] <message>`, then one summary line
// starting with "forms:" (the last line of output; .ci/lint/run repeats it).

import { readFileSync } from 'node:fs';
import { register } from 'node:module';

const LINT_PLATFORM = 'Camunda Platform';
const LINT_PLATFORM_VERSION = '7.22.0';

// @camunda/form-linting 0.25.0 ships untranspiled ESM with extensionless relative imports ("./lib/FormLinter"),
// which Node's ESM resolver rejects (ERR_MODULE_NOT_FOUND), and its package.json has no "type": "module".
// This hook, limited to that package, retries such imports with ".js" / "/index.js" and loads its files as ESM.
// It must be registered before the package is imported, hence the dynamic import below.
const PKG_MARKER = '/node_modules/@camunda/form-linting/';
const hooks = `
const MARKER = ${JSON.stringify(PKG_MARKER)};
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (err) {
    const parent = context.parentURL || '';
    if (!parent.includes(MARKER) || !/^\\.\\.?\\//.test(specifier) ||
        (err.code !== 'ERR_MODULE_NOT_FOUND' && err.code !== 'ERR_UNSUPPORTED_DIR_IMPORT')) {
      throw err;
    }
    for (const suffix of [ '.js', '/index.js' ]) {
      try { return await nextResolve(specifier + suffix, context); } catch { /* try next */ }
    }
    throw err;
  }
}
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.includes(MARKER) && url.endsWith('.js')) {
    return nextLoad(url, { ...context, format: 'module' });
  }
  return nextLoad(url, context);
}
`;
register('data:text/javascript,' + encodeURIComponent(hooks));
const { FormLinter } = await import('@camunda/form-linting');

// form-js component types that bind a value under `key` (form-js 1.8.x); other types have no data binding.
const KEYED_TYPES = new Set([
  'textfield', 'textarea', 'number', 'datetime', 'checkbox', 'checklist', 'radio', 'select', 'taglist',
  'expression', 'filepicker'
]);
// Types whose `components` are bound below their optional `path`; dynamic lists repeat them per item.
const PATH_TYPES = new Set([ 'group', 'dynamiclist' ]);

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmptyString = (v) => typeof v === 'string' && v.trim() !== '';

function checkStructure(schema, problems) {
  const error = (id, message) => problems.push({ category: 'error', id, message });

  if (!isObject(schema)) {
    error(null, 'top level is not a JSON object');
    return false;
  }
  if (!nonEmptyString(schema.id)) {
    error(null, 'form has no "id" (camunda:formRef resolves a form by its id)');
  }
  if (schema.type !== 'default') {
    error(null, `form "type" must be "default", found ${JSON.stringify(schema.type)}`);
  }
  if (!Array.isArray(schema.components)) {
    error(null, 'form has no "components" array');
    return false;
  }

  const ids = new Map(); // component id -> first description
  if (nonEmptyString(schema.id)) {
    ids.set(schema.id, 'the form itself');
  }
  const bindings = []; // { path: string[], id, display }
  let componentCount = 0;
  let structureOk = true;

  const walk = (components, scope, where) => {
    components.forEach((c, index) => {
      const pos = `${where}components[${index}]`;
      if (!isObject(c)) {
        error(null, `${pos} is not an object`);
        structureOk = false;
        return;
      }
      componentCount++;
      const cid = nonEmptyString(c.id) ? c.id : null;
      const label = cid || pos;
      if (!cid) {
        error(null, `${pos} (type ${JSON.stringify(c.type)}, key ${JSON.stringify(c.key)}) has no "id"`);
      } else if (ids.has(cid)) {
        error(cid, `duplicate component id "${cid}" (also used by ${ids.get(cid)})`);
      } else {
        ids.set(cid, `${pos} (${c.type}${c.key ? ` "${c.key}"` : ''})`);
      }
      if (!nonEmptyString(c.type)) {
        error(cid, `${cid ? '' : pos + ' '}component has no "type"`.trim());
        structureOk = false;
        return;
      }

      if (KEYED_TYPES.has(c.type)) {
        if (!nonEmptyString(c.key)) {
          error(cid, `${c.type} field ${label} has no "key": its value cannot be bound or submitted`);
        } else {
          bindings.push({ path: [ ...scope, ...c.key.split('.') ], id: label, key: c.key });
        }
      }

      if (Array.isArray(c.components)) {
        let childScope = scope;
        if (PATH_TYPES.has(c.type) && nonEmptyString(c.path)) {
          childScope = [ ...scope, ...c.path.split('.') ];
          bindings.push({ path: childScope, id: label, key: c.path, container: true });
        }
        if (c.type === 'dynamiclist') {
          childScope = [ ...childScope, '[]' ]; // children are bound per list item
        }
        walk(c.components, childScope, `${pos}.`);
      } else if (c.components !== undefined) {
        error(cid, `"components" of ${label} is not an array`);
      }
    });
  };
  walk(schema.components, [], '');

  // Two bindings conflict when equal, or when one is a prefix of the other (a value cannot also be an object).
  // A group/dynamic list path only conflicts when equal to a field key or when a field is a prefix of it.
  const show = (b) => (b.container ? `path "${b.path.join('.')}"` : `key "${b.path.join('.')}"`);
  for (let i = 0; i < bindings.length; i++) {
    for (let j = i + 1; j < bindings.length; j++) {
      const [ a, b ] = [ bindings[i], bindings[j] ];
      const n = Math.min(a.path.length, b.path.length);
      if (a.path.slice(0, n).join('\u0000') !== b.path.slice(0, n).join('\u0000')) continue;
      if (a.path.length === b.path.length) {
        if (a.container && b.container) continue; // two groups may share a path
        const what = (!a.container && !b.container) ? `duplicate key "${b.key}"` : `${show(b)} is also ${show(a)}`;
        error(b.id, `${what} (also bound by ${a.id}; both bind "${b.path.join('.').replace(/\.\[\]/g, '[]')}")`);
      } else {
        const [ shorter, longer ] = a.path.length < b.path.length ? [ a, b ] : [ b, a ];
        if (shorter.container) continue; // fields inside a group path are expected
        error(longer.id, `${show(longer)} conflicts with ${show(shorter)} of ${shorter.id} (a value cannot also hold nested fields)`);
      }
    }
  }

  return { ok: structureOk, componentCount };
}

function lintFile(file) {
  const problems = [];
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    problems.push({ category: 'error', id: null, message: `cannot read file: ${err.message}` });
    return { problems };
  }
  let schema;
  try {
    schema = JSON.parse(text);
  } catch (err) {
    problems.push({ category: 'error', id: null, message: `invalid JSON: ${err.message.replace(/\s+/g, ' ')}` });
    return { problems };
  }

  const structure = checkStructure(schema, problems);
  if (!structure) {
    return { problems };
  }

  if (schema.executionPlatform !== undefined && schema.executionPlatform !== LINT_PLATFORM) {
    problems.push({
      category: 'warn', id: null,
      message: `executionPlatform is ${JSON.stringify(schema.executionPlatform)}, expected "${LINT_PLATFORM}" (Camunda 7)`
    });
  }

  if (structure.ok) {
    try {
      const reports = new FormLinter().lint({
        ...schema,
        executionPlatform: LINT_PLATFORM,
        executionPlatformVersion: LINT_PLATFORM_VERSION
      });
      for (const r of reports) {
        problems.push({ category: r.category || 'error', id: r.id ?? null, message: `${r.message} (form-linting)` });
      }
    } catch (err) {
      problems.push({ category: 'error', id: null, message: `form-linting crashed: ${err.message}` });
    }
  } else {
    problems.push({ category: 'info', id: null, message: 'form-linting skipped because of the structural errors above' });
  }

  return { problems, formId: nonEmptyString(schema.id) ? schema.id : null, components: structure.componentCount };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node lint-forms.mjs FILE.form [FILE.form ...]');
  process.exit(2);
}

const results = files.map((file) => ({ file, ...lintFile(file) }));

const byFormId = new Map();
for (const r of results) {
  if (!r.formId) continue;
  const first = byFormId.get(r.formId);
  if (first) {
    r.problems.push({
      category: 'error', id: null,
      message: `form id "${r.formId}" is also used by ${first.file} (camunda:formRef resolves by id, so one form would shadow the other)`
    });
  } else {
    byFormId.set(r.formId, r);
  }
}

const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
const LABEL = { error: 'error', warn: 'warning', info: 'info' };
let errors = 0;
let warnings = 0;
let infos = 0;
let failed = 0;
for (const r of results) {
  const nErr = r.problems.filter((p) => p.category === 'error').length;
  const nInfo = r.problems.filter((p) => p.category === 'info').length;
  const nWarn = r.problems.length - nErr - nInfo;
  errors += nErr;
  warnings += nWarn;
  infos += nInfo;
  if (nErr) failed++;
  const status = nErr ? 'FAIL' : 'ok  ';
  const detail = r.formId !== undefined
    ? ` (id ${r.formId ?? '?'}, ${r.components ?? 0} component${r.components === 1 ? '' : 's'}` +
      `${nErr || nWarn || nInfo ? `; ${plural(nErr, 'error')}, ${plural(nWarn, 'warning')}, ${nInfo} info` : ''})`
    : '';
  console.log(`  ${status}  ${r.file}${detail}`);
  for (const p of r.problems) {
    const where = p.id ? `[${p.id}] ` : '';
    console.log(`          ${(LABEL[p.category] || p.category).padEnd(7)} ${r.file}: ${where}${p.message}`);
  }
}

console.log(`forms: ${plural(results.length, 'file')} checked, ${failed} failed ` +
  `(${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info; linted as ${LINT_PLATFORM} ${LINT_PLATFORM_VERSION})`);
process.exit(errors ? 1 : 0);
