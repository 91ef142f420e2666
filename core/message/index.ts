export { parseAddressList, parseAddressString, addressKey, sameAddress, type AddressProblem, type AddressListResult } from './addresses.js';
export { normaliseMessage, type NormalisedMessage } from './normalise.js';
export { applySuggestion } from './apply.js';
export { parseMessageFile, findJsonError, type MessageFileProblem } from './parse-message.js';
export { decodeText } from '../text/encoding.js';
export { htmlToText } from './html-text.js';
