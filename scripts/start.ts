/** `npm start`: build (astro + pagefind) and serve the site on 127.0.0.1, printing the URL. */
import { execSync } from 'node:child_process';
import { serve } from './serve.ts';

execSync('npm run build', { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 4321);
await serve('dist', port);
console.log(`\n  FTP reply codes is running at http://127.0.0.1:${port}/  (Ctrl+C to stop)\n`);
