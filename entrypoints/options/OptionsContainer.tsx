/**
 * The options page wired to storage: the settings and the reader's entries, each from its
 * own hook, and one status line for what the last change did.
 */
import { useState } from 'preact/hooks';
import { sections } from '../../components/options/options-model';
import { OptionsPage, type OptionsStatus } from '../../components/options/OptionsPage';
import { useSettings } from './use-settings';
import { useUserEntries } from './use-user-entries';

export function OptionsContainer() {
  const [status, setStatus] = useState<OptionsStatus | null>(null);
  const { settings, save } = useSettings(setStatus);
  const entries = useUserEntries(setStatus);
  return <OptionsPage {...entries} settings={settings} sections={sections} status={status} onSettings={save} />;
}
