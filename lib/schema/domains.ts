import { z } from 'zod';
import { defineMethod } from './rpc';

/** A hostname as a user types it for a self-hosted Jira or a host-mapped Zendesk. */
export const DomainInput = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/^https?:\/\//, '').replace(/\/.*$/, ''))
  .pipe(
    z
      .string()
      .regex(
        /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
        'Enter a host name such as jira.example.com (no path, no port)',
      ),
  );

/** The match pattern Deskside asks permission for, for one custom domain. */
export function originPattern(host: string): string {
  return `https://${host}/*`;
}

export const DomainState = z.object({
  /** Helpdesk hosts Deskside always runs on (from the manifest). */
  builtIn: z.array(z.string()),
  /** Hosts the user granted at run time, where Deskside's content script is registered. */
  custom: z.array(z.string()),
});
export type DomainState = z.infer<typeof DomainState>;

/** Re-reads granted origins and (un)registers the content script to match; returns the state. */
export const syncDomains = defineMethod('domains.sync', z.object({}), DomainState);
