module.exports = {
  ...require('../../../tools/jest/angular-preset.cjs'),
  displayName: 'web-reports',
};
