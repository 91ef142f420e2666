import { render } from 'preact';
import { ext } from '../browser-api.js';
import { loadPageState, pageStyles } from '../pages.js';
import { Options } from './Options.js';

pageStyles();
async function draw(): Promise<void> {
  const [state, origins] = await Promise.all([loadPageState(), ext.grantedOrigins()]);
  document.documentElement.lang = state.settings.lang;
  document.title = state.settings.lang === 'en' ? 'Rollkoll – settings' : 'Rollkoll – inställningar';
  render(<Options state={state} origins={origins} reload={draw} />, document.body);
}
await draw();
ext.onStorageChanged(() => void draw());
