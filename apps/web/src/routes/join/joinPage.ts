import { startJoinPage } from './startJoinPage.ts';

declare global {
  interface Window {
    /** Set by join.html's inline script: the lookup of the link's code, started before this script loaded. */
    peerloomEarlyLookup?: { segment: string; response: Promise<Response> };
  }
}

const segment = location.pathname.split('/')[2] ?? '';
let linkCode = segment;
try {
  linkCode = decodeURIComponent(segment);
} catch {
  // A malformed escape: the page says this cannot be a code.
}
const early = window.peerloomEarlyLookup;
const content = document.getElementById('join-content');
const tools = document.getElementById('join-tools');
if (content && tools) {
  startJoinPage({ content, tools }, linkCode, early?.segment === segment ? early.response : undefined);
}
