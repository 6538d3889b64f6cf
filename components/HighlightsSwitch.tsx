import type { Translate } from '@/utils/i18n';
import { Switch } from './Switch';

export interface HighlightsSwitchProps {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
  t: Translate;
}

/** The switch that turns highlights off and on in every tab: the same words wherever it appears (popup, options). */
export function HighlightsSwitch({ enabled, onChange, t }: HighlightsSwitchProps) {
  return (
    <Switch
      label={t('highlights_label')}
      description={t('highlights_description')}
      checked={enabled}
      onChange={onChange}
    />
  );
}
