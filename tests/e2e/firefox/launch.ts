import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BidiClient } from './bidi-client';
import { createProfile } from './profile';

/**
 * Starts Debian's Firefox ESR headless with WebDriver BiDi enabled, in a fresh profile whose http
 * traffic goes to the test's proxy, and opens a BiDi session to it.
 */

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Our Firefox build (MV2), made by `wxt build -b firefox`. */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../..', process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');

export interface FirefoxBrowser {
  bidi: BidiClient;
  close(): Promise<void>;
}

/** The add-on id Firefox will give our build (from its manifest), or a clear error if there is no build. */
export function builtExtensionId(): string {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`wxt build -b firefox\` first (same WXT_OUT_DIR).`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefox(proxyPort: number, extensionId: string): Promise<FirefoxBrowser> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}: install firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  }
  const profile = createProfile(proxyPort, extensionId);
  // Own process group, so closing ends Firefox's content processes too.
  const firefox = spawn(FIREFOX, ['--headless', '--remote-debugging-port=0', '--profile', profile, '--no-remote'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  // If the test process dies without cleaning up, take this Firefox (and only it) along.
  const killOnExit = () => signalGroup(firefox, 'SIGKILL');
  process.once('exit', killOnExit);
  const removeProfile = () => {
    process.off('exit', killOnExit);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const wsUrl = await bidiAddress(firefox, 30_000);
    const bidi = await BidiClient.connect(`${wsUrl}/session`);
    await bidi.send('session.new', { capabilities: {} });
    return {
      bidi,
      async close() {
        await bidi.send('browser.close', {}, 10_000).catch(() => undefined);
        bidi.close();
        await stop(firefox, 5_000);
        removeProfile();
      },
    };
  } catch (error) {
    await stop(firefox, 0);
    removeProfile();
    throw error;
  }
}

/** Firefox prints "WebDriver BiDi listening on ws://127.0.0.1:PORT" on stderr once it is ready. */
function bidiAddress(firefox: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`Firefox did not start WebDriver BiDi (${why}). Its output:\n${output.slice(-2000)}`));
    };
    const timer = setTimeout(() => fail(`no address within ${timeoutMs} ms`), timeoutMs);
    firefox.stderr?.on('data', (chunk: Buffer) => {
      // Keep reading (a full pipe would stall Firefox), but only the recent part matters.
      output = (output + chunk.toString()).slice(-10_000);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    firefox.once('exit', (code) => fail(`it exited with code ${code}`));
    firefox.once('error', (error) => fail(error.message));
  });
}

/** Ends Firefox's process group: lets it exit on its own for `graceMs`, then asks, then forces. */
async function stop(firefox: ChildProcess, graceMs: number): Promise<void> {
  if (firefox.exitCode !== null || firefox.signalCode !== null) {
    signalGroup(firefox, 'SIGKILL'); // the parent is gone; make sure its content processes are too
    return;
  }
  const exited = new Promise<void>((done) => firefox.once('exit', () => done()));
  const timeout = (ms: number) => new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), ms));
  if ((await Promise.race([exited, timeout(graceMs)])) === 'timeout') signalGroup(firefox, 'SIGTERM');
  if ((await Promise.race([exited, timeout(5_000)])) === 'timeout') signalGroup(firefox, 'SIGKILL');
  await Promise.race([exited, timeout(5_000)]);
  // Content processes may outlive the parent for a moment.
  signalGroup(firefox, 'SIGKILL');
}

/** Signals the process group this test started for Firefox (never anything else). */
function signalGroup(firefox: ChildProcess, signal: NodeJS.Signals): void {
  if (firefox.pid === undefined) return;
  try {
    process.kill(-firefox.pid, signal);
  } catch {
    // Already gone.
  }
}
