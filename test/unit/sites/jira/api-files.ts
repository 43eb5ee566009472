// Loads the Jira REST fixtures and the real reference payloads for the API tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const API = path.resolve(import.meta.dirname, '../../../fixtures/jira/api');
export const REAL = path.resolve(import.meta.dirname, '../../../../../shared/realdata/api');
export const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(API, name), 'utf8'));
export const real = (name: string): unknown => JSON.parse(readFileSync(path.join(REAL, name), 'utf8'));
export const fixtureText = (name: string): string => readFileSync(path.join(API, name), 'utf8');
export const NOW = '2026-11-27T12:00:00Z';
export const base = (key: string) => ({ host: 'acme.atlassian.net', ticketId: key, url: `https://acme.atlassian.net/browse/${key}`, capturedAt: NOW });
