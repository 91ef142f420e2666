import { render } from 'preact';
import { loadPageState, pageStyles } from '../pages.js';
import { Popup, tabStatus } from './Popup.js';

pageStyles();
const [state, status] = await Promise.all([loadPageState(), tabStatus()]);
document.documentElement.lang = state.settings.lang;
render(<Popup state={state} status={status} />, document.body);
