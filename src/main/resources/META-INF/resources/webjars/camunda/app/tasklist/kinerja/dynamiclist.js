/*
 * Kinerja: Camunda Forms with a dynamic list ("dynamiclist") in the Tasklist of Camunda 7.24.0.
 * Loaded by scripts/config.js (customScripts), Camunda's documented extension point of the webapps.
 *
 * The defect. Tasklist enables "Complete" only while the form-js "changed" event carries an errors object without keys
 * (webapps/frontend/ui/tasklist/client/scripts/form/directives/cam-tasklist-form-camunda.js, webpack module 76622 of
 * app/tasklist/camunda-tasklist-bootstrap.js):
 *
 *     form.on('changed', evt => { ...; formController.notifyFormValidated(!!Object.keys(evt.errors).length); });
 *
 * form-js 1.8.7 (Form#_update in lib/deps.js) records the validation result of every change as
 *
 *     set(errors, [field.id, ...Object.values(indexes)], messages.length ? messages : undefined);
 *
 * For a field in a dynamic list the path carries the row index, so a valid value leaves an empty container behind
 * (errors.Field_x = []), and Tasklist counts that as an error. Fields report their values when a row renders, so a
 * list holding any row disables Complete for good, although form-js shows no message.
 *
 * The fix. Before form-js stores a new state, the entries of its errors object that hold no message are dropped.
 * Messages are kept as they are: a required field left empty in a row still disables Complete and form-js still shows
 * its message; Form#submit validates every field again before Tasklist sends anything, and the server checks again.
 *
 * A second defect of form-js 1.8.7 loses rows. A dynamic list shows only its first rows (nonCollapsedItems, 5 by
 * default) until "Expand all" is clicked, and Form#submit (like Form#validate) collects only the fields that are
 * rendered: a list of 12 rows submitted collapsed arrives with 5. Every dynamic list is therefore shown expanded
 * (disableCollapse), whatever its form says, so that every row is validated and submitted.
 *
 * Validation messages in Bahasa Indonesia. form-js 1.8.7 has its validation messages in English in its code ("Field is
 * required.", "Field must match pattern ^P(?!$)…"), not in Tasklist's locale files, and offers no translation hook in
 * the Tasklist. They reach the screen through the same state as above, so each is replaced there by its Indonesian
 * text (numbers written the Indonesian way, 1.250,5); a pattern is not shown to people, the field's description says
 * what to enter. A message not in the list stays as form-js wrote it.
 */

// The webpack module of @bpmn-io/form-js in lib/deps.js of camunda-webapp-webjar 7.24.0 (the final CE release).
const FORM_JS_MODULE = 57661;

function webpackRequire() {
  let found = null;
  // A chunk of no modules whose runtime callback receives webpack's require function (webpack 5 JSONP runtime).
  const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
  chunks.push([['kinerja-dynamiclist'], {}, require => { found = require; }]);
  return found;
}

function formJsForm(require) {
  const isForm = candidate =>
    candidate && candidate.Form && typeof candidate.Form.prototype._setState === 'function';
  if (require.m[FORM_JS_MODULE]) {
    const known = require(FORM_JS_MODULE);
    if (isForm(known)) {
      return known.Form;
    }
  }
  // Another build of the webjar: find form-js by its exports.
  for (const id of Object.keys(require.m)) {
    if (String(require.m[id]).includes('FormPlayground')) {
      const candidate = require(id);
      if (isForm(candidate)) {
        return candidate.Form;
      }
    }
  }
  return null;
}

function holdsMessage(entry) {
  if (entry === undefined || entry === null) {
    return false;
  }
  if (typeof entry !== 'object') {
    return true;
  }
  return Object.values(entry).some(holdsMessage);
}

function withMessagesOnly(errors) {
  const ids = Object.keys(errors);
  if (ids.every(id => holdsMessage(errors[id]))) {
    return errors;
  }
  const kept = {};
  ids.filter(id => holdsMessage(errors[id])).forEach(id => { kept[id] = errors[id]; });
  return kept;
}

const number = value => {
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed.toLocaleString('id-ID', {maximumFractionDigits: 20}) : String(value);
};

const MESSAGES = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must match pattern .*\.$/s, () => 'Isian tidak sesuai format yang diminta.'],
  [/^Field must have minimum value of (.+)\.$/, m => `Nilai paling kecil ${number(m[1])}.`],
  [/^Field must have maximum value of (.+)\.$/, m => `Nilai paling besar ${number(m[1])}.`],
  [/^Field must have minimum length of (\d+)\.$/, m => `Paling sedikit ${m[1]} karakter.`],
  [/^Field must have maximum length of (\d+)\.$/, m => `Paling banyak ${m[1]} karakter.`],
  [/^Field must be a valid email\.$/, () => 'Alamat surel tidak sah.'],
  [/^Field must be a valid +international phone number\./, () => 'Nomor telepon harus berformat internasional, mis. +6281234567890.'],
  [/^Value is not a number\.$/, () => 'Isian bukan angka.'],
  [/^Value is expected to be an integer\.$/, () => 'Isian harus bilangan bulat.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, m => `Paling banyak ${m[1]} angka di belakang koma.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    m => `Pilih nilai yang sah; dua nilai terdekat yang sah: ${number(m[1])} dan ${number(m[2])}.`]
];

function indonesian(message) {
  if (typeof message !== 'string') {
    return message;
  }
  for (const [pattern, translate] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) {
      return translate(match);
    }
  }
  return message;
}

/** The errors object with every message in Indonesian (same shape: field id, row indexes, list of messages). */
function translated(entry) {
  if (Array.isArray(entry)) {
    return entry.map(item => (typeof item === 'string' ? indonesian(item) : translated(item)));
  }
  if (entry && typeof entry === 'object') {
    const copy = {};
    Object.keys(entry).forEach(key => { copy[key] = translated(entry[key]); });
    return copy;
  }
  return indonesian(entry);
}

function expanded(component) {
  if (!component || !Array.isArray(component.components)) {
    return component;
  }
  const copy = Object.assign({}, component, {components: component.components.map(expanded)});
  if (copy.type === 'dynamiclist') {
    copy.disableCollapse = true;
  }
  return copy;
}

const webpack = webpackRequire();
const Form = webpack && formJsForm(webpack);
if (Form && !Form.prototype.kinerjaDynamicList) {
  const setState = Form.prototype._setState;
  Form.prototype._setState = function(state) {
    if (state && state.errors && typeof state.errors === 'object') {
      state = Object.assign({}, state, {errors: translated(withMessagesOnly(state.errors))});
    }
    return setState.call(this, state);
  };
  const importSchema = Form.prototype.importSchema;
  Form.prototype.importSchema = function(schema, data) {
    return importSchema.call(this, expanded(schema), data);
  };
  Form.prototype.kinerjaDynamicList = true;
}
window.kinerjaTasklist = Object.assign(window.kinerjaTasklist || {}, {
  dynamicListFix: Form ? 'active' : 'unavailable',
  validationMessages: Form ? 'id' : 'en',
  translateValidationMessage: indonesian
});
if (!Form) {
  console.error('Kinerja: form-js not found; Camunda Forms with a dynamic list cannot be completed in this Tasklist, '
    + 'and its validation messages stay in English.');
}

export default []; // no Tasklist plugins, only the patch above
