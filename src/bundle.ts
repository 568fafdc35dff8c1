/**
 * Entry of the script-tag bundle `dist/compound-card.js`: registration only, and
 * no exports, so the IIFE build defines no global and loads twice without harm.
 */
import './define.js';
