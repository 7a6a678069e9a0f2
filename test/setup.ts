// Langium needs Object.groupBy, which Node 20 lacks; load the polyfill before any test imports Langium.
import '../src/polyfill.js';
