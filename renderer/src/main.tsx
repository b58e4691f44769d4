import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyTheme, themeStore } from './lib/theme';
import './styles/tokens.css';
import './styles/base.css';

applyTheme(themeStore.get());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
