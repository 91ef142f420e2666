// Stands in for papaparse in the add-in's bundles (see build.mjs): the add-in reads JSON only.
const Papa = {
  parse(): never {
    throw new Error('CSV is not read by the Outlook add-in; convert it with `rollkoll import` first.');
  },
};
export default Papa;
