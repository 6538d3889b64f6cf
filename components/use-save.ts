import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import { saveErrorKey, type Settings } from '@/utils/settings';
import type { NoticeProps } from './Notice';

/**
 * Saves a settings change and keeps the notice that says what came of it:
 * the reason a change was not kept (storage refused it, a newer version
 * saved the settings), or `done` when it was. The popup and the options page
 * both save this way; `write` stores the change (saveSettings), so the hook
 * itself touches no extension API.
 */
export function useSave(
  write: (change: Partial<Settings>) => Promise<unknown>,
  t: Translate,
): {
  notice: NoticeProps['message'];
  /** Resolves to whether the change was kept. */
  save: (change: Partial<Settings>, done?: NoticeProps['message']) => Promise<boolean>;
} {
  const [notice, setNotice] = useState<NoticeProps['message']>();
  async function save(change: Partial<Settings>, done?: NoticeProps['message']): Promise<boolean> {
    try {
      await write(change);
      setNotice(done);
      return true;
    } catch (error) {
      setNotice({ kind: 'error', text: t(saveErrorKey(error)) });
      return false;
    }
  }
  return { notice, save };
}
