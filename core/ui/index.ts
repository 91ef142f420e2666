// Shared Preact components for the Outlook task pane and the browser extension.
// Put ROLLKOLL_CSS into the page or shadow root (applyStyles) before rendering.
export * from './i18n.js';
export { ROLLKOLL_CSS, applyStyles } from './styles.js';
export { FindingList, sortFindings, summarize, suggestionLabel, nameLookup } from './FindingList.js';
export type { FindingListProps, NamedAddress } from './FindingList.js';
export { ActingAsSwitch, isDualRole, electedRoles, staffRoles } from './ActingAsSwitch.js';
export type { ActingAsSwitchProps, ActingAsSender } from './ActingAsSwitch.js';
export { PathPicture, pathSteps, captionRole } from './PathPicture.js';
export type { PathPictureProps } from './PathPicture.js';
export { LookupView } from './LookupView.js';
export type { LookupViewProps } from './LookupView.js';
export { RouteView, MEDIA_GUIDELINE } from './RouteView.js';
export type { RouteViewProps } from './RouteView.js';
export { SeverityIcon, CheckIcon } from './icons.js';
