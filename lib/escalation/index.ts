// Escalation packages: built from a ticket snapshot and its evidence, scored, and rendered for
// engineering. Pure TypeScript, no DOM: runs in extension pages, the background and Node. Uses
// classic zod (through the schemas), so it is not for the content script.
export { buildPackage, type BuildOptions } from './build';
export { completeness } from './completeness';
export { recommendSeverity, IMPACT_WORDS, type SeverityInput } from './severity';
export { customerTier, guessImpact } from './impact';
export { findEnvironment, parseUserAgent } from './environment';
export { buildTimeline } from './timeline';
export { evidenceRef } from './evidence-ref';
export { toMarkdown } from './markdown';
export { toJiraWiki } from './jira-wiki';
export { toAdf } from './adf';
export { AdfDoc, AdfBlock } from './adf-schema';
export { jiraCreateUrl, MAX_JIRA_URL, TRUNCATION_NOTE, type JiraTarget } from './jira-url';
