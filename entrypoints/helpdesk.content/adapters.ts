import type { SiteAdapter } from '@/lib/sites/adapter';
import { jiraAdapter } from '@/lib/sites/jira/adapter';
import { zendeskAdapter } from '@/lib/sites/zendesk/adapter';

/** The helpdesks Deskside reads, tried in order against each page. */
export const ADAPTERS: readonly SiteAdapter[] = [zendeskAdapter, jiraAdapter];
