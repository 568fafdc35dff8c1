/**
 * Entry of the script-tag bundle `dist/compound-card.js`: registration only, and
 * no exports, so the IIFE build declares no global. The build puts a guard at the
 * top of the IIFE (see vite.config.ts) so a second copy does nothing at all.
 */
import './define.js';
