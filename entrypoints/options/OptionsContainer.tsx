/**
 * The options page wired to storage: the settings and the reader's entries, each from its
 * own hook, and one status line for what the last change did.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Shortcut } from '../../components/Shortcuts';
import { sections } from '../../components/options/options-model';
import { OptionsPage, type OptionsStatus } from '../../components/options/OptionsPage';
import { useSettings } from './use-settings';
import { useUserEntries } from './use-user-entries';
import { shortcutsNow } from '../popup/shortcuts';

export function OptionsContainer() {
  const [status, setStatus] = useState<OptionsStatus | null>(null);
  const { settings, save } = useSettings(setStatus);
  const entries = useUserEntries(setStatus);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => void shortcutsNow().then(setShortcuts, () => {}), []);
  return <OptionsPage {...entries} settings={settings} sections={sections} status={status} shortcuts={shortcuts} onSettings={save} />;
}
