/*
 * Kinerja: the texts of the Tasklist of Camunda 7.24.0 that its locale files (locales/id.json) cannot reach, in Bahasa
 * Indonesia. Loaded by scripts/config.js (customScripts) next to kinerja/dynamiclist.js, which translates form-js's
 * validation messages; this script does the rest. Every hook below is an API its library documents; nothing here
 * rewrites the page's HTML after it is shown.
 *
 * 1. Camunda Forms (form-js 1.8.7, webpack module 11306 of lib/deps.js) write their controls' texts in English in
 *    their JSX and have no translation hook in the viewer: "Add new", "Expand all (12)", "Collapse", the aria-labels
 *    "Remove list item 3", "Increment", "Decrement", the placeholders "Search" and "Select", "No results", "Nothing to
 *    show.", the table's "1 of 3", "Previous page", "Click to sort by …", the date and time placeholders "mm/dd/yyyy"
 *    and "hh:mm", "Date and time must both be entered.". form-js renders with Preact (module 56345, the only Preact of
 *    the webjar), and Preact's documented plugin hook `options.vnode` sees every element before it is rendered: there
 *    the exact English strings of the list below are replaced in the children, aria-label, placeholder, title and alt
 *    of elements whose class starts with "fjs-" (form-js's own elements; children are followed into fragments and into
 *    class-less elements like the error list's <li>). The words that a form's author might also use as content
 *    ("Select", "Search", "Collapse", " of ") are replaced only in the form-js element that shows them. The mapping
 *    is idempotent (no Indonesian text is a key) and leaves everything else as it is. The "Powered by bpmn.io"
 *    watermark is left untouched: its licence forbids changing it.
 *
 * 2. The date picker is flatpickr 4 (module 11731, also window.flatpickr), which form-js creates without a locale, so
 *    each picker takes flatpickr's default locale. flatpickr.localize() (documented) makes that Indonesian: month and
 *    weekday names of flatpickr's own "id" locale, Monday as first day; days are read out as "3 Juni 2026"
 *    (setDefaults ariaDateFormat). The order of day, month and year in the field follows the browser's locale, as
 *    form-js computes it (Intl.DateTimeFormat); its placeholder is written with Indonesian letters (hh/bb/tttt).
 *
 * 3. Tasklist's AngularJS templates hard-code a few English labels: the app switcher ("Welcome"; Admin, Cockpit and
 *    Tasklist are names and stay as locales/id.json has them) and the titles of the diagram's zoom buttons ("zoom in",
 *    "zoom out", "reset zoom"). Custom scripts load before Tasklist bootstraps AngularJS, so a config block on the
 *    widgets module (camunda.common.widgets) decorates these directives ($provide.decorator, documented): the viewers'
 *    templates get Indonesian titles, and the header relabels its app list whenever it builds it.
 *
 * window.kinerjaTasklist tells which parts are active ("formControls", "datePicker", "tasklistLabels").
 */

// The webpack modules in lib/deps.js of camunda-webapp-webjar 7.24.0 (the final CE release).
const PREACT_MODULE = 56345;
const FLATPICKR_MODULE = 11731;

function webpackRequire() {
  let found = null;
  // A chunk of no modules whose runtime callback receives webpack's require function (webpack 5 JSONP runtime).
  const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
  chunks.push([['kinerja-bahasa'], {}, require => { found = require; }]);
  return found;
}

function moduleOf(require, id, fits, marker) {
  if (!require) {
    return null;
  }
  if (require.m[id]) {
    const known = require(id);
    if (fits(known)) {
      return known;
    }
  }
  // Another build of the webjar: find the module by a text of its code.
  for (const other of Object.keys(require.m)) {
    if (String(require.m[other]).includes(marker)) {
      const candidate = require(other);
      if (fits(candidate)) {
        return candidate;
      }
    }
  }
  return null;
}

// ---- 1. Camunda Forms' controls ----

/** [English text or pattern, Indonesian text or function of the match, class the element must have (optional)]. */
const TEXTS = [
  ['Add new', 'Tambah baris'],
  [/^Expand all \((\d+)\)$/, m => `Tampilkan semua (${m[1]})`],
  ['Collapse', 'Ringkas', 'fjs-repeat-render-collapse'],
  [/^Remove list item (\d+)$/, m => `Hapus baris ${m[1]}`],
  ['Increment', 'Naikkan'],
  ['Decrement', 'Turunkan'],
  ['Search', 'Cari', /\bfjs-(input|taglist-input)\b/],
  ['Select', 'Pilih', 'fjs-select-display'],
  ['No results', 'Tidak ada hasil'],
  ['All values selected', 'Semua pilihan sudah dipilih'],
  ['Skip to search', 'Lompat ke pencarian'],
  ['Remove tag', 'Hapus pilihan'],
  ['Nothing to show.', 'Tidak ada data.'],
  [' of ', ' dari ', 'fjs-table-nav-label'],
  ['Previous page', 'Halaman sebelumnya'],
  ['Next page', 'Halaman berikutnya'],
  [/^Click to sort by (.+) descending$/s, m => `Klik untuk mengurutkan menurut ${m[1]}, dari besar ke kecil`],
  [/^Click to sort by (.+) ascending$/s, m => `Klik untuk mengurutkan menurut ${m[1]}, dari kecil ke besar`],
  ['Click to remove sorting', 'Klik untuk menghapus pengurutan'],
  ['No content to show.', 'Tidak ada konten untuk ditampilkan.'],
  ['External content couldn\'t be loaded.', 'Konten eksternal tidak dapat dimuat.'],
  ['This is an image placeholder', 'Tempat gambar'],
  ['Date and time must both be entered.', 'Tanggal dan jam harus diisi keduanya.'],
  ['hh:mm', 'jj:mm'],
  ['hh:mm ?m', 'jj:mm ?m']
];

const ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt'];
const FJS_CLASS = /(^|\s)fjs-/;
// form-js's date placeholder: "mm/dd/yyyy", "dd.mm.yyyy", "yyyy-mm-dd"… as the browser's locale orders them
const DATE_PLACEHOLDER = /^(?=.*y)[dmy]+(?:[^dmy\w]+[dmy]+)+$/;

function classOf(props) {
  const value = typeof props.class === 'string' ? props.class : props.className;
  return typeof value === 'string' ? value : '';
}

function holds(cls, required) {
  if (!required) {
    return true;
  }
  return typeof required === 'string' ? cls.split(/\s+/).includes(required) : required.test(cls);
}

function indonesian(text, cls) {
  for (const [english, translation, required] of TEXTS) {
    if (!holds(cls, required)) {
      continue;
    }
    if (typeof english === 'string') {
      if (text === english) {
        return translation;
      }
    } else {
      const match = english.exec(text);
      if (match) {
        return translation(match);
      }
    }
  }
  return text;
}

function datePlaceholder(text) {
  return DATE_PLACEHOLDER.test(text)
    ? text.replace(/d/g, 'h').replace(/m/g, 'b').replace(/y/g, 't') // hari, bulan, tahun
    : text;
}

/** The children with English texts replaced; an array is copied only if something in it changes. */
function localisedChildren(children, cls, depth) {
  if (typeof children === 'string') {
    return indonesian(children, cls);
  }
  if (Array.isArray(children)) {
    let changed = false;
    const copy = children.map(child => {
      const localised = localisedChildren(child, cls, depth);
      changed = changed || localised !== child;
      return localised;
    });
    return changed ? copy : children;
  }
  // a fragment or a class-less element built inside this one (their own texts were not looked at: no fjs- class)
  if (children && typeof children === 'object' && children.props && depth < 4
      && (typeof children.type !== 'string' || !FJS_CLASS.test(classOf(children.props)))) {
    children.props.children = localisedChildren(children.props.children, cls, depth + 1);
  }
  return children;
}

function localiseFormJsElement(vnode) {
  const props = vnode && vnode.props;
  if (!props || typeof vnode.type !== 'string') {
    return;
  }
  const cls = classOf(props);
  if (!FJS_CLASS.test(cls)) {
    return;
  }
  for (const attribute of ATTRIBUTES) {
    if (typeof props[attribute] === 'string') {
      props[attribute] = indonesian(props[attribute], cls);
    }
  }
  if (props['data-input'] && typeof props.placeholder === 'string') { // the date field of form-js's date picker
    props.placeholder = datePlaceholder(props.placeholder);
  }
  if (props.children !== undefined) {
    props.children = localisedChildren(props.children, cls, 0);
  }
}

function hookFormJs(preact) {
  if (!preact || !preact.options) {
    return false;
  }
  if (!preact.options.kinerjaBahasa) {
    const previous = preact.options.vnode;
    preact.options.vnode = vnode => {
      localiseFormJsElement(vnode);
      if (previous) {
        previous(vnode);
      }
    };
    preact.options.kinerjaBahasa = true;
  }
  return true;
}

// ---- 2. The date picker ----

/** flatpickr's "id" locale (flatpickr/dist/l10n/id.js, MIT), with its labels for screen readers in Indonesian. */
const FLATPICKR_INDONESIAN = {
  weekdays: {
    shorthand: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
    longhand: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']
  },
  months: {
    shorthand: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    longhand: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
      'November', 'Desember']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  time_24hr: true,
  rangeSeparator: ' - ',
  weekAbbreviation: 'Mg',
  scrollTitle: 'Gulir untuk menambah',
  toggleTitle: 'Klik untuk mengganti',
  yearAriaLabel: 'Tahun',
  monthAriaLabel: 'Bulan',
  hourAriaLabel: 'Jam',
  minuteAriaLabel: 'Menit'
};

function localiseFlatpickr(flatpickr) {
  if (typeof flatpickr !== 'function' || typeof flatpickr.localize !== 'function' || !flatpickr.l10ns) {
    return false;
  }
  flatpickr.l10ns.id = FLATPICKR_INDONESIAN;
  flatpickr.localize(FLATPICKR_INDONESIAN);
  flatpickr.setDefaults({ariaDateFormat: 'j F Y'});
  return true;
}

// ---- 3. Tasklist's own hard-coded labels ----

const APP_LABELS = {welcome: 'Selamat Datang'};
const ZOOM_TITLES = [
  ['title="zoom in"', 'title="Perbesar"'],
  ['title="zoom out"', 'title="Perkecil"'],
  ['title="reset zoom"', 'title="Kembalikan ukuran semula"']
];

function relabelApps(apps) {
  if (apps && typeof apps === 'object') {
    Object.keys(APP_LABELS).filter(name => apps[name]).forEach(name => { apps[name].label = APP_LABELS[name]; });
  }
}

function decorateTasklist(angular) {
  let widgets;
  try {
    widgets = angular && angular.module('camunda.common.widgets');
  } catch (notDefined) {
    return false;
  }
  if (!widgets) {
    return false;
  }
  widgets.config(['$provide', $provide => {
    ['camWidgetBpmnViewerDirective', 'camWidgetCmmnViewerDirective', 'camWidgetDmnViewerDirective'].forEach(name => {
      $provide.decorator(name, ['$delegate', directives => {
        directives.filter(d => typeof d.template === 'string').forEach(d => {
          d.template = ZOOM_TITLES.reduce((template, [english, translated]) => template.split(english).join(translated), d.template);
        });
        return directives;
      }]);
    });
    $provide.decorator('camWidgetHeaderDirective', ['$delegate', directives => {
      directives.forEach(d => {
        const compile = d.compile;
        d.compile = function() {
          const link = compile ? compile.apply(this, arguments) : undefined;
          const post = typeof link === 'function' ? link : link && link.post;
          return {
            pre: link && link.pre,
            post(scope) {
              if (post) {
                post.apply(this, arguments);
              }
              scope.$watch('apps', relabelApps); // the header builds a new list on every login and app change
            }
          };
        };
      });
      return directives;
    }]);
  }]);
  return true;
}

const webpack = webpackRequire();
const preact = moduleOf(webpack, PREACT_MODULE, m => m && m.options && typeof m.Fragment === 'function'
  && typeof m.toChildArray === 'function', 'toChildArray:function');
const flatpickr = moduleOf(webpack, FLATPICKR_MODULE, m => typeof m === 'function' && typeof m.localize === 'function',
  'flatpickr-calendar') || window.flatpickr;
const status = {
  formControls: hookFormJs(preact) ? 'id' : 'en',
  datePicker: localiseFlatpickr(flatpickr) ? 'id' : 'en',
  tasklistLabels: decorateTasklist(window.angular) ? 'id' : 'en'
};
window.kinerjaTasklist = Object.assign(window.kinerjaTasklist || {}, status);
Object.keys(status).filter(part => status[part] !== 'id').forEach(part => {
  console.error(`Kinerja: ${part} of Tasklist stay in English (the library was not found in this webjar).`);
});

export default []; // no Tasklist plugins, only the hooks above
