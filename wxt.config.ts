import { defineConfig } from 'wxt';
import { addBundledRuleset, BUNDLED_RULESET_ID, BUNDLED_RULESET_PATH } from './scripts/bundled-ruleset';
import { addCompiledBundledList } from './scripts/compiled-bundled-list';
import { deferModuleEvaluation } from './scripts/deferred-module';
import { wxtBrowser } from './scripts/wxt-browser';

// Permissions are the minimum the features need; README.md ("Permissions") says why each is there.
export default defineConfig({
  // Lets parallel builds (several developers' browser tests on one machine) use their own folders.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: 'Scam Sentinel',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'alarms',
      // Chromium: the page check goes into a page once it has loaded; the in-page banner's code only into a page it
      // flagged (executeScript).
      'scripting',
      // Chromium: block listed sites before they load (a redirect rule per list chunk).
      ...(browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : ['declarativeNetRequestWithHostAccess']),
      // Chromium: sites beyond what the blocking rules can carry (huge feeds) are caught as the tab starts to navigate;
      // a page's load tells the worker to put the page check into it.
      ...(browser === 'firefox' ? [] : ['webNavigation']),
    ],
    host_permissions: ['<all_urls>'],
    // Chromium: the bundled list, compiled at build time, blocks from the moment of install.
    ...(browser === 'firefox'
      ? {}
      : { declarative_net_request: { rule_resources: [{ id: BUNDLED_RULESET_ID, enabled: true, path: BUNDLED_RULESET_PATH }] } }),
    // The warning page is the target of the redirect that replaces a listed site (blocked-frame.html: in a
    // frame of another page); the in-page banner frames guardian-call.html so that the page cannot read the
    // family guardian's name and number. Chromium serves them only under a per-session address, so no site
    // finds them at a fixed one (Firefox's address is random per install).
    web_accessible_resources:
      manifestVersion === 2
        ? ['interstitial.html', 'blocked-frame.html', 'guardian-call.html']
        : [{ resources: ['interstitial.html', 'blocked-frame.html', 'guardian-call.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    action: { default_title: '__MSG_extName__' },
    // Chromium: what administrators may set through policy (Firefox reads enterprise policy "3rdparty").
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // Firefox 140 is the current ESR (what Debian, many companies and care homes run) and the first desktop
    // release that reads data_collection_permissions; Firefox for Android reads it from 142.
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: { id: 'scam-sentinel@scamsentinel.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
  hooks: {
    // Chromium's page check is injected at run time (entrypoints/scan.content): WXT then adds its matches to
    // host_permissions, which <all_urls> already holds, and leaves an empty content_scripts.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.host_permissions?.includes('<all_urls>')) manifest.host_permissions = ['<all_urls>'];
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
    // Chromium: the bundled list as a static ruleset; both browsers: the same list compiled for the
    // worker's lookups (public/lists/bundled.txt stays the one source).
    'build:publicAssets': (wxt, files) => {
      addBundledRuleset(wxt.config.browser, files);
      addCompiledBundledList(wxt.config.wxtDir, files);
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [wxtBrowser(), deferModuleEvaluation(/\/tldts\/dist\/index\.esm\.min\.js$/)],
    // tldts's prebuilt module: built from its ES sources, the minifier copies the public-suffix data (a long string
    // constant) into every function that reads it, three times over.
    resolve: { alias: [{ find: /^tldts$/, replacement: 'tldts/dist/index.esm.min.js' }] },
  }),
});
