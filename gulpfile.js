const { rmSync } = require('fs');
const { dest, series, src } = require('gulp');

// tsc emits the code; this copies what n8n reads beside it: icons and the codex (*.node.json) files.
function copyAssets() {
	return src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

function clean(done) {
	rmSync('dist', { recursive: true, force: true });
	done();
}

exports.clean = clean;
exports.build = copyAssets;
exports.default = copyAssets;
