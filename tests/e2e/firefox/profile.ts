import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh, quiet Firefox profile for the browser test: no first-run pages, telemetry, updates or
 * background downloads, and every http request sent to the test's local server acting as a
 * proxy, so realistic host names (real entries of the bundled list) load without any network.
 */

/** The moz-extension:// host the test pins for our extension, so it knows the warning page's URL. */
export const EXTENSION_UUID = '5ca75e47-1e11-4e55-a0f1-000000000001';

type Pref = string | number | boolean;

function quietPrefs(extensionId: string): Record<string, Pref> {
  return {
    // First run, default-browser nagging, "what's new" pages.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'browser.aboutwelcome.enabled': false,
    'startup.homepage_welcome_url': 'about:blank',
    'startup.homepage_welcome_url.additional': '',
    'browser.newtabpage.enabled': false,
    'trailhead.firstrun.didSeeAboutWelcome': true,
    'browser.uitour.enabled': false,
    // Telemetry, studies, crash reports.
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.tabs.crashReporting.sendReport': false,
    // Updates and background network.
    'app.update.auto': false,
    'app.update.enabled': false,
    'app.update.disabledForTesting': true,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'services.settings.server': 'http://127.0.0.1:1/none',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.search.update': false,
    'browser.ping-centre.telemetry': false,
    'dom.push.connection.enabled': false,
    // The test visits plain http:// sites: no silent upgrade to https.
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
    // ...and sites may install service workers over plain http, as they do over https.
    'dom.serviceWorkers.testing.enabled': true,
    // Extensions: the unsigned build installs temporarily, with a known moz-extension:// host.
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
  };
}

function proxyPrefs(proxyPort: number): Record<string, Pref> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

/** Creates the profile directory with its user.js; the caller deletes it. */
export function createProfile(proxyPort: number, extensionId: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scam-sentinel-firefox-'));
  const prefs = { ...quietPrefs(extensionId), ...proxyPrefs(proxyPort) };
  const lines = Object.entries(prefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
  writeFileSync(join(dir, 'user.js'), `${lines.join('\n')}\n`);
  return dir;
}
