import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ConfigPage } from './Config';
import { connectHost } from './host';

async function start(): Promise<void> {
  const host = await connectHost();
  const root = createRoot(document.getElementById('root')!);
  const query = new URLSearchParams(window.location.search);
  if (window.location.pathname.endsWith('/config')) root.render(<ConfigPage host={host} />);
  else root.render(<App host={host} initialView={query.get('view') ?? undefined} />);
  document.documentElement.lang = host.locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

void start();
