/*
 * Kinerja: the Tasklist of Camunda 7.24.0 shows dates and times in Western Indonesia Time (WIB, Asia/Jakarta, UTC+7 all
 * year: no daylight saving) whatever the time zone of the device. Loaded by scripts/config.js (customScripts) before
 * Tasklist bootstraps AngularJS, like kinerja/bahasa.js, and done the same way: through AngularJS decorators and a run
 * block, documented hooks; nothing rewrites the page after it is shown.
 *
 * 1. Every absolute date of Tasklist goes through the `camDate` filter (module cam.commons.filter.date): the tooltips of
 *    "Batas waktu", "Tindak lanjut" and "Dibuat" in the task list and the task's header, the history's day badges,
 *    tooltips and changed due/follow-up dates, Date variables, date search pills. It formats with moment in the
 *    device's zone; decorated, it formats the same instant at UTC+07:00 (moment's utcOffset, so the month and weekday
 *    names of locales/id.json stay) and marks a format that shows a time with " WIB": "Minggu, 13 Desember 2026 14:30
 *    WIB". Values without an offset are, as in Tasklist, the device's local time (what the date picker writes).
 * 2. The history pane's own `date:'HH:mm'` and `date:'yyyy'` get the zone +0700 ("14:30 WIB").
 *
 * Left as Tasklist has them: relative texts ("2 hari lagi" are the same in every zone); the date picker of "Tetapkan
 * batas waktu"/"Tetapkan tanggal tindak lanjut" (uib-datepicker, fixDate/unfixDate) shows and takes the device's local
 * time, and saves that instant unchanged: the preview under the picker already shows it in WIB. The history groups its
 * events by the device's day. Camunda Forms' date fields are untouched (they hold dates without a zone).
 *
 * window.kinerjaTasklist.timeZone is "WIB" when the decorators are registered.
 */

const WIB_MINUTES = 7 * 60;
const TIME_TOKENS = /LT|LLL|lll|[Hhkm]/;

/** Whether a moment format shows a time of day (literal text in [brackets] is not looked at). */
function showsTime(format) {
  return TIME_TOKENS.test(String(format || '').replace(/\[[^\]]*\]/g, ''));
}

function wibDateFilter(moment, formats) {
  return function(value, kind) {
    if (!value) {
      return '';
    }
    const format = formats(kind);
    const instant = moment(typeof value === 'number' ? new Date(value) : value, moment.ISO_8601);
    if (!instant.isValid()) {
      return instant.format(format); // as Tasklist does ("Invalid date")
    }
    const text = instant.utcOffset(WIB_MINUTES).format(format);
    return showsTime(format) ? `${text} WIB` : text;
  };
}

const HISTORY_DATES = [
  [/\|\s*date:'HH:mm'\s*}}/g, "| date:'HH:mm':'+0700' }} WIB"],
  [/\|\s*date:'yyyy'\s*}}/g, "| date:'yyyy':'+0700' }}"]
];

function decorateDates(angular) {
  let dates;
  try {
    dates = angular && angular.module('cam.commons.filter.date');
  } catch (notDefined) {
    return false;
  }
  if (!dates) {
    return false;
  }
  // Config blocks of a module run in the order they are added: this one runs after the one registering camDate.
  dates.config(['$provide', $provide => {
    $provide.decorator('camDateFilter', ['$delegate', '$injector', 'camDateFormat', (original, $injector, formats) => {
      const moment = $injector.has('moment') ? $injector.get('moment') : window.moment;
      return typeof moment === 'function' && typeof moment.fn.utcOffset === 'function'
        ? wibDateFilter(moment, formats) : original;
    }]);
  }]);
  dates.run(['$injector', $injector => {
    if (!$injector.has('Views')) {
      return; // not the Tasklist
    }
    $injector.get('Views').getProviders({component: 'tasklist.task.detail'})
      .filter(view => view.id === 'task-detail-history' && typeof view.template === 'string')
      .forEach(view => {
        view.template = HISTORY_DATES.reduce((template, [local, wib]) => template.replace(local, wib), view.template);
      });
  }]);
  return true;
}

const active = decorateDates(window.angular);
window.kinerjaTasklist = Object.assign(window.kinerjaTasklist || {}, {timeZone: active ? 'WIB' : 'device'});
if (!active) {
  console.error('Kinerja: Tasklist shows dates in the device\'s time zone (cam.commons.filter.date was not found).');
}

export default []; // no Tasklist plugins, only the hooks above
