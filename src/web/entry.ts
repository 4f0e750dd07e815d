import { startPage } from './page.js';

// The page's one script: it starts the page once the document is there.
startPage(document);
