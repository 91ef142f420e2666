// Swedish national and regional newsrooms (domain.md: the file's `policy.mediaDomains` extends this).
// A domain matches its subdomains too, so `svt.se` covers `nyheter.svt.se`.
export const BUILT_IN_MEDIA_DOMAINS: string[] = [
  // National public service and agencies
  'svt.se', 'sr.se', 'ur.se', 'tt.se',
  // National dailies and evening papers
  'dn.se', 'svd.se', 'expressen.se', 'aftonbladet.se', 'gp.se', 'sydsvenskan.se', 'di.se', 'etc.se',
  // Trade press read in municipalities
  'dagenssamhalle.se', 'altinget.se', 'kommunalarbetaren.se', 'vision.se', 'lararen.se',
  // Regional groups (Mälardalen and others)
  'vlt.se', 'ekuriren.se', 'eskilstunakuriren.se', 'ba.se', 'nt.se', 'corren.se', 'unt.se', 'na.se',
  'nwt.se', 'nt.se', 'hd.se', 'hn.se', 'bt.se', 'ut.se', 'st.nu', 'mitti.se', 'tv4.se', 'nyheter24.se',
];
