// @ts-check
// The policy of files served from the content snapshot (/content-assets/...). An SVG is a
// document that can carry script; opened directly it would run on the site's origin, next to the
// staff pages. `sandbox` gives it an opaque origin and no script at all, whatever else it asks.
// CommonJS because next.config.js (through security-headers.js) requires it.
const assetPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox"

module.exports = {assetPolicy}
