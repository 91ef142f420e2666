// The one manifest for Chromium (Chrome, Edge) and Firefox, MV3. Least permissions: storage, and
// scripting to register the Roundcube content script for the hosts the user grants; host access up
// front only for Gmail and Outlook on the web.

/** Public half of the key that fixes the Chromium extension id (for policies: ExtensionSettings,
 *  3rdparty.extensions.<id>). The private half was not kept: stores sign with their own. */
export const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAiM7b0GPLzdVCdFPpdAtmDvmFBJzN2y6qY/Ii53NB0kNr6dusotPAQx12q3Zq5gERYFXnbKeGwnzyQK5H8mMvrx0tgHNaySHaJAGN/UbvuW2H+uFk2Ol9aZK6YLulrL2fOI7/oNofMSVmglCQ4BsbQlWRfEpQJ+AaVrGqnlHPBOwvPcyknZguslrG1DrlVGMHttoJSZmjxFeP1gsyZB0+HGdsl9oT0q6xsJLHoSgNUxudB/GYseTXslMhWGe5D/umSiqd6Kl0rgsMLKwBR94bctFLR1uX6ef8UfGSBQ/O9CmQKOP6WRRBPSotamEUOtGnajkYBRpgrtumulyG7Lg5qwIDAQAB';
/** The Chromium id that follows from PUBLIC_KEY. */
export const CHROMIUM_ID = 'ekfipnpokohnalaiifcglamagflecdbd';
export const GECKO_ID = 'rollkoll@rollkoll.extension';

export const BUILT_IN_HOSTS = ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'];

export function manifest({ version }) {
  return {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Rollkoll',
    description: '__MSG_extDescription__',
    version,
    default_locale: 'sv',
    key: PUBLIC_KEY,
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: { default_title: '__MSG_actionTitle__', default_popup: 'popup.html', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    options_ui: { page: 'options.html', open_in_tab: true },
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    permissions: ['storage', 'scripting'],
    host_permissions: BUILT_IN_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [
      { matches: ['https://mail.google.com/*'], js: ['content/gmail.js'], run_at: 'document_idle' },
      {
        matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
        js: ['content/outlook-web.js'],
        run_at: 'document_idle',
      },
    ],
    storage: { managed_schema: 'managed-schema.json' },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    },
  };
}

/** What IT can push by policy (Chromium: 3rdparty.extensions.<id>; Firefox: 3rdparty.Extensions.<id>). */
export const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    organisationUrl: { title: 'Organisationsfilens adress', description: 'https-adress till kommunens katalogfil (JSON eller CSV).', type: 'string' },
    myAddresses: { title: 'Användarens adresser', description: 'Adresser i katalogen som är användarens egna.', type: 'array', items: { type: 'string' } },
    severity: {
      title: 'Allvarlighetsgrad per regel',
      description: 'Regel-id → off, info eller warning.',
      type: 'object',
      additionalProperties: { type: 'string', enum: ['off', 'info', 'warning'] },
    },
    sendCheck: { title: 'Kontroll vid skicka', description: 'off, prompt eller block.', type: 'string', enum: ['off', 'prompt', 'block'] },
    language: { title: 'Språk', description: 'sv eller en.', type: 'string', enum: ['sv', 'en'] },
  },
};
