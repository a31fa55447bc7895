// The page's first script (dist/webview.js), kept small: no toolkit, no zod. Its stylesheet is
// the page's one stylesheet, the toolkit's layout rules included (the look-alikes on the first
// screen are sized by the same rules). Everything else is the boot's (boot.ts).
import './style.css';
import './components/toolkit.css';
import { boot } from './boot';

boot();
