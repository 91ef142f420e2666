import { roundcube } from '../sites/roundcube.js';
import { boot } from './runtime.js';

// Registered only for the Roundcube hosts the user granted; finds nothing on pages other than compose.
boot(roundcube);
