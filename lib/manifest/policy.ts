import { HELPDESK_MATCHES } from '../sites/hosts';
import { JUSTIFIED_PERMISSIONS, OPTIONAL_HOSTS } from './permissions';

const isHostPattern = (p: string) => p.includes('://') || p === '<all_urls>';
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * What a manifest (WXT's config output, or a built MV3 or MV2 manifest.json) asks for beyond
 * Deskside's isolation policy: one line per problem, none when it keeps to it. The policy: only the
 * justified API permissions; always-on hosts are the built-in helpdesks only; optional hosts are the
 * run-time grant only; sidebar.html may be framed only on the built-in helpdesks; no web page or
 * other extension may message Deskside (no externally_connectable).
 */
export function manifestProblems(manifest: Record<string, unknown>, granted: string[] = []): string[] {
  const problems: string[] = [];
  const allowedHosts = [...HELPDESK_MATCHES, ...granted];
  // MV2 lists hosts among the permissions.
  const permissions = strings(manifest.permissions);
  const hosts = [...strings(manifest.host_permissions), ...permissions.filter(isHostPattern)];
  for (const p of permissions.filter((x) => !isHostPattern(x))) {
    if (!(p in JUSTIFIED_PERMISSIONS)) problems.push(`permission "${p}" is not justified in lib/manifest/permissions.ts`);
  }
  for (const h of hosts) if (!allowedHosts.includes(h)) problems.push(`host permission "${h}" is not a built-in helpdesk`);
  const optional = [...strings(manifest.optional_host_permissions), ...strings(manifest.optional_permissions)];
  for (const o of optional) if (!OPTIONAL_HOSTS.includes(o)) problems.push(`optional permission "${o}" is not the custom-domain grant`);
  if ('externally_connectable' in manifest) problems.push('externally_connectable lets web pages or other extensions message Deskside');

  const war = Array.isArray(manifest.web_accessible_resources) ? (manifest.web_accessible_resources as unknown[]) : [];
  for (const entry of war) {
    if (typeof entry === 'string') {
      // MV2 has no matches: Firefox frames the sidebar by its random per-install UUID.
      if (manifest.manifest_version !== 2) problems.push(`web_accessible_resources "${entry}" has no matches`);
      continue;
    }
    const e = entry as { matches?: unknown; extension_ids?: unknown; use_dynamic_url?: unknown };
    for (const m of strings(e.matches)) if (!HELPDESK_MATCHES.includes(m)) problems.push(`sidebar.html may be framed on "${m}"`);
    if (strings(e.extension_ids).length) problems.push('web_accessible_resources are open to other extensions');
    if (e.use_dynamic_url !== true) problems.push('web_accessible_resources without use_dynamic_url');
  }
  return problems;
}
