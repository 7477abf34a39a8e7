/**
 * `ajv validate -c bench/ajv-formats.cjs`: the two formats our schema uses (`date`, `email`), so that
 * ajv-cli checks them instead of failing on unknown formats (ajv-formats is not a dependency).
 */
module.exports = (ajv) => {
  ajv.addFormat('date', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  return ajv;
};
