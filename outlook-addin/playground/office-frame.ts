// Inside the playground's pane frame: an `Office` global over the compose window's fake mailbox,
// set before taskpane.js runs. Outside the playground (opened alone) it makes its own example.
import { FakeMailbox, createFakeOffice } from '../src/fake-office.js';

const host = (() => {
  try {
    return (window.parent as unknown as { rollkollPlayground?: { box: FakeMailbox } }).rollkollPlayground;
  } catch {
    return undefined;
  }
})();
const box = host ? host.box : new FakeMailbox({ from: { address: 'karin.oberg@kungsor.se', name: 'Karin Öberg' } });
(window as unknown as { Office: unknown }).Office = createFakeOffice(box);
