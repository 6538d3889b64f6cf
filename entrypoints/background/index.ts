/**
 * The background: answers the content script (is Backstory on here, does
 * this text hold a name, which mentions to highlight, a card's facts), tells
 * open pages when the settings change, keeps the toolbar's badge, shortcut
 * and welcome page, and nothing else. Every request is validated and only
 * our own extension's scripts are answered.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/utils/background/handlers';
import { respond } from './respond';
import { cachedSettings } from './settings-cache';
import { broadcastSettingsChanges } from './settings-broadcast';
import { startToolbar } from './toolbar';

export default defineBackground(() => {
  startToolbar();
  broadcastSettingsChanges();
  const handlers = createHandlers({ settings: cachedSettings() });
  browser.runtime.onMessage.addListener((message, sender) => respond(handlers, message, sender));
});
