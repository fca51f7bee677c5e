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
      state = Object.assign({}, state, {errors: withMessagesOnly(state.errors)});
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
  dynamicListFix: Form ? 'active' : 'unavailable'
});
if (!Form) {
  console.error('Kinerja: form-js not found; Camunda Forms with a dynamic list cannot be completed in this Tasklist.');
}

export default []; // no Tasklist plugins, only the patch above
