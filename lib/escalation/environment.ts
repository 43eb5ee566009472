import type { Environment } from '../schema/escalation';

const UA = /Mozilla\/5\.0 \([^)\n]{3,200}\)[^"\n\]]{0,250}/g;
const BROWSER_WORDS = /\b(Chrome|Chromium|Firefox|Safari|Edge|Opera|Brave|Vivaldi|Samsung Internet|Internet Explorer)(?:\s+v?(\d+(?:\.\d+){0,3}))?\b/g;
const OS_WORDS =
  /\b(Windows (?:11|10|8\.1|7|Server 20\d\d)|macOS(?: [A-Z][a-z]+)?(?: \d+(?:\.\d+){0,2})?|Mac OS X [\d._]+|iOS \d+(?:\.\d+){0,2}|iPadOS \d+(?:\.\d+){0,2}|Android \d+(?:\.\d+)?|Ubuntu \d+\.\d+|Debian \d+|ChromeOS|Chrome OS)\b/g;
const VERSIONS =
  /\b(?:app version|version|ver\.?|release|build)\s*[:=#]?\s*"?v?(\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?)\b|\bv(\d+\.\d+\.\d+(?:[-+][\w.]+)?)\b|\b([a-z][\w-]{1,40}@\d+\.\d+\.\d+(?:[-+][\w.]+)?)\b/gi;

/** Browser and OS of a user-agent string (Chromium's frozen UA still gives the major version). */
export function parseUserAgent(ua: string): { browser: string | null; os: string | null } {
  const pick = (re: RegExp, name: string) => {
    const m = re.exec(ua);
    return m ? `${name} ${m[1]}` : null;
  };
  const browser =
    pick(/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge') ??
    pick(/OPR\/(\d+)/, 'Opera') ??
    pick(/SamsungBrowser\/(\d+)/, 'Samsung Internet') ??
    pick(/Firefox\/(\d+)/, 'Firefox') ??
    pick(/(?:Chrome|CriOS)\/(\d+)/, 'Chrome') ??
    (/Safari\//.test(ua) ? pick(/Version\/(\d+(?:\.\d+)?)/, 'Safari') : null);
  const win = /Windows NT (\d+\.\d+)/.exec(ua);
  const winName: Readonly<Record<string, string>> = { '10.0': 'Windows 10/11', '6.3': 'Windows 8.1', '6.1': 'Windows 7' };
  const os =
    (win ? (winName[win[1] ?? ''] ?? `Windows NT ${win[1]}`) : null) ??
    pick(/(?:iPhone|CPU) OS (\d+(?:_\d+)*)/, 'iOS')?.replace(/_/g, '.') ??
    pick(/Android (\d+(?:\.\d+)?)/, 'Android') ??
    pick(/Mac OS X (\d+(?:[._]\d+)*)/, 'macOS')?.replace(/_/g, '.') ??
    (/CrOS/.test(ua) ? 'ChromeOS' : /Linux/.test(ua) ? 'Linux' : null);
  return { browser, os };
}

const add = (list: string[], v: string | null | undefined) => {
  const value = v?.trim();
  if (value && !list.some((x) => x.toLowerCase() === value.toLowerCase())) list.push(value);
};

/** Browsers, OS and app versions named in texts and user agents found in them. */
export function findEnvironment(texts: readonly string[]): Environment {
  const env: Environment = { browsers: [], os: [], appVersions: [], userAgents: [] };
  for (const text of texts) {
    for (const m of text.matchAll(UA)) {
      const ua = m[0].trim();
      add(env.userAgents, ua);
      const parsed = parseUserAgent(ua);
      add(env.browsers, parsed.browser);
      add(env.os, parsed.os);
    }
    const prose = text.replace(UA, ' ');
    for (const m of prose.matchAll(BROWSER_WORDS)) {
      // A bare "Chrome" adds nothing when a versioned Chrome is already listed.
      if (!m[2] && env.browsers.some((b) => b.startsWith(m[1] ?? ''))) continue;
      add(env.browsers, m[2] ? `${m[1]} ${m[2].split('.')[0]}` : m[1]);
    }
    for (const m of prose.matchAll(OS_WORDS)) add(env.os, m[1]);
    for (const m of prose.matchAll(VERSIONS)) add(env.appVersions, m[1] ?? m[2] ?? m[3]);
  }
  // A frozen user agent says only "Windows 10/11"; a named Windows version says more.
  if (env.os.some((o) => /^Windows 1[01]$/.test(o))) env.os = env.os.filter((o) => o !== 'Windows 10/11');
  return env;
}
