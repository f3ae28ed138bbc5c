'use strict';
/** The five samples in n8n 2.40.7, the sandbox's default release (the tests: e2e/lib/samples-suite.js). */
require('./lib/samples-suite').describeSamples('v2');
