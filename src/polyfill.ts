// Langium's parser (chevrotain 13) calls Object.groupBy, which Node only has from 22.
// Every entry point imports this module first, before anything loads Langium.
import 'object.groupby/auto';
