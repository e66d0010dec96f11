/** Loads a bundled text file (CSV reference data) as its default export, as webpack's asset/source does. */
module.exports = {
  process(source) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` };
  },
};
