'use strict';
/** The benches' name for the one n8n harness (test/helpers/n8n.js), kept for the benches that require it from here. */
module.exports = require('../../test/helpers/n8n');
