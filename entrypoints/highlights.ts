/**
 * The highlighting stage, loaded by the content script only on pages whose
 * text holds a name (see entrypoints/content/stage.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createSession } from './content/session';
import { register, type StartStage } from './content/stage';

const start: StartStage = (options, signal) => createSession(document, options, signal);

export default defineUnlistedScript(() => register('highlights', start));
