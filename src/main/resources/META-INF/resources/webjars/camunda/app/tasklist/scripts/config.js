/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  locales: {
    availableLocales: ['id'],
    fallbackLocale: 'id'
  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // Kinerja: this file is the webjar's config.js of Camunda 7.24.0 with three changes: `locales` above makes Indonesian
  // (locales/id.json) the only, hence default, locale; the customScripts entries below make Camunda Forms with a dynamic
  // list usable (app/tasklist/kinerja/dynamiclist.js) and put into Indonesian what the locale files do not reach: the
  // controls of Camunda Forms, the date picker, the app switcher and zoom buttons (app/tasklist/kinerja/bahasa.js);
  // dates and times are shown in WIB whatever the device's time zone (app/tasklist/kinerja/wib.js); the shortcut
  // descriptions (shown untranslated) are in Indonesian.
  customScripts: ['kinerja/dynamiclist', 'kinerja/bahasa', 'kinerja/wib'],

  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengklaim tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'memfokuskan ke penyaring pertama dalam daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'memfokuskan ke tugas pertama dalam daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'memfokuskan ke kolom isian pertama pada formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka dialog untuk memulai proses'
    }
  }
};
