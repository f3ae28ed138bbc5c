'use strict';
/** The five samples in n8n 1.123.81, the newest n8n 1.x (sandbox/n8n1; the tests: e2e/lib/samples-suite.js). */
require('./lib/samples-suite').describeSamples('v1');
