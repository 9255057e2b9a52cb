// Before any schema parses (see the module): the page's policy allows no eval.
import '$lib/schemas/jitless';
