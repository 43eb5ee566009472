import { describe, expect, it, vi } from 'vitest';
import { sendSurvivingRestart, workerGone } from '@/lib/messaging/worker-gone';

// The messages Chromium 156 gives when the extension's service worker is not there to answer.
const UNDELIVERED = new Error('Could not establish connection. Receiving end does not exist.');
const UNANSWERED = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
const INVALIDATED = new Error('Extension context invalidated.');

describe('workerGone', () => {
  it('tells a message that never arrived from one whose answer was cut off', () => {
    expect(workerGone(UNDELIVERED)).toBe('undelivered');
    expect(workerGone(INVALIDATED)).toBe('undelivered');
    expect(workerGone(UNANSWERED)).toBe('unanswered');
    expect(workerGone(new Error('The message port closed before a response was received.'))).toBe('unanswered');
  });

  it('leaves every other failure alone', () => {
    expect(workerGone(new Error('Deskside: background refused snapshot: invalid message'))).toBeNull();
    expect(workerGone('QuotaExceededError')).toBeNull();
  });
});

describe('sendSurvivingRestart', () => {
  it('sends once more after the worker stopped, and answers with the new worker\'s reply', async () => {
    const send = vi.fn().mockRejectedValueOnce(UNANSWERED).mockResolvedValueOnce({ ok: true });
    await expect(sendSurvivingRestart(send, true)).resolves.toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not repeat a non-idempotent message whose work may already be done', async () => {
    const send = vi.fn().mockRejectedValue(UNANSWERED);
    await expect(sendSurvivingRestart(send, false)).rejects.toThrow('message channel closed');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('repeats an undelivered message even when it is not idempotent: nothing was done', async () => {
    const send = vi.fn().mockRejectedValueOnce(UNDELIVERED).mockResolvedValueOnce('done');
    await expect(sendSurvivingRestart(send, false)).resolves.toBe('done');
  });

  it('tries only once more, and never for a real error', async () => {
    const twice = vi.fn().mockRejectedValue(UNDELIVERED);
    await expect(sendSurvivingRestart(twice, true)).rejects.toThrow('Receiving end');
    expect(twice).toHaveBeenCalledTimes(2);
    const refused = vi.fn().mockRejectedValue(new Error('invalid params'));
    await expect(sendSurvivingRestart(refused, true)).rejects.toThrow('invalid params');
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
