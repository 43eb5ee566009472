import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The name of the document event WXT's context takes as "a newer copy of this content script
 * started: stop". WXT keeps it in a static it marks private; test/unit checks it is still there.
 */
export function scriptStartedEvent(): string {
  return (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
}
