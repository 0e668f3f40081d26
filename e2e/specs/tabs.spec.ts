import { test, expect } from '../fixtures/test.ts';
import { WorkbenchPage } from '../pages/workbench-page.ts';

// Two tabs on one project (issue 20): each tab journals its own unsaved edits, so a host crash
// while both type loses neither.

test('kill the host, type in two tabs, restart: both rows are recovered', async ({ workbench, app }, testInfo) => {
  test.slow(); // three pages and two host starts on a shared machine
  test.skip(!app.web, `${testInfo.project.name}: two browser tabs on one origin exist only with the web host`);
  const web = app.web!;
  await workbench.ready();
  const second = new WorkbenchPage(() => tabB);
  const tabB = await web.newTab();
  await second.ready();

  await web.kill();
  await workbench.typeInRow(2, 'Typed in tab A while the host was down');
  await second.typeInRow(3, 'Typed in tab B while the host was down');
  // Both saves fail (the host is gone): each tab keeps its edit in its own journal.
  await expect(workbench.page.locator('body[data-pending-saves="1"]')).toBeAttached();
  await expect(tabB.locator('body[data-pending-saves="1"]')).toBeAttached();
  await workbench.page.close();
  await tabB.close();

  const url = await web.startAgain();
  const tabC = await web.newTab();
  expect(tabC.url()).toContain(new URL(url).host);
  const third = new WorkbenchPage(() => tabC);
  await third.ready();
  await expect(third.editor(2)).toHaveText('Typed in tab A while the host was down');
  await expect(third.editor(3)).toHaveText('Typed in tab B while the host was down');
  await third.saved();
  await tabC.reload();
  await third.ready();
  await expect(third.editor(2)).toHaveText('Typed in tab A while the host was down');
  await expect(third.editor(3)).toHaveText('Typed in tab B while the host was down');
});
