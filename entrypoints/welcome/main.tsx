import { render } from 'preact';
import type { Shortcut } from '../../components/Shortcuts';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { startExtensionPageSession } from '../../content/extension-page';
import { request } from '../../messaging/client';
import { shortcutsNow } from '../popup/shortcuts';
import './style.css';

const shortcuts: Shortcut[] = await shortcutsNow().catch(() => []);
render(<WelcomePage shortcuts={shortcuts} />, document.getElementById('app')!);
// The example paragraph is highlighted and explained by the same page session as any page.
await startExtensionPageSession(document, (section) => void request('openFaq', { section }).catch(() => {}));
