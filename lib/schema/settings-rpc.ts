import { z } from 'zod';
import { defineMethod } from './rpc';
import { Settings } from './settings';

/** The stored settings (defaults where unset). */
export const getSettings = defineMethod('settings.get', z.object({}), Settings);

/** Replaces the settings after validation; the reply is what is now stored. */
export const saveSettings = defineMethod('settings.save', Settings, Settings);
