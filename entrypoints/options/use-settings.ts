/** The reader's settings for the options page: read, watched for changes made elsewhere, saved. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../settings/defaults';
import { readSettings, settingsItem } from '../../settings/storage';
import { errorText } from '../../components/options/options-model';
import type { OptionsStatus } from '../../components/options/OptionsPage';

export function useSettings(report: (status: OptionsStatus) => void) {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    readSettings().then(setSettings, (e: unknown) => report({ kind: 'error', text: `Your settings could not be read: ${errorText(e)}` }));
    // Changes made elsewhere (the popup, another options tab) show up here.
    return settingsItem.watch(setSettings);
  }, []);

  const save = (next: Settings) => {
    const previous = settings;
    setSettings(next);
    settingsItem.setValue(next).then(
      () => report({ kind: 'ok', text: 'Settings saved.' }),
      (e: unknown) => {
        setSettings(previous);
        report({ kind: 'error', text: `Settings not saved: ${errorText(e)}` });
      },
    );
  };
  return { settings, save };
}
