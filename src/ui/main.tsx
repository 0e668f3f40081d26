import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'prosemirror-view/style/prosemirror.css';
import './styles.css';
import { initI18n, initialLanguage } from './i18n/index.ts';
import { connectWorkbench } from './platform/index.ts';
import { App } from './app/App.tsx';
import { MissingHost } from './app/MissingHost.tsx';
import { signal } from './app/signals.ts';

// Entry point of the renderer, for both Electron and the browser.
async function start(): Promise<void> {
  signal('appState', 'loading');
  const language = initialLanguage(window.localStorage, navigator.language);
  await initI18n(language);
  signal('uiLanguage', language);
  const api = connectWorkbench();
  createRoot(document.getElementById('root')!).render(<StrictMode>{api ? <App api={api} /> : <MissingHost />}</StrictMode>);
}

void start();
