'use strict';
require('./helpers/capture-output').installOutputHooks();
