// Driving Redoc's navigation and search as a user does, on a machine slow enough to reorder what Redoc does by itself.
// Following a link scrolls the page, and Redoc's scroll spy then moves the location, late when the machine is loaded.
// A location change opens the menu group of the section scrolled to, and closes the search dialog. The helpers below
// act on what the page shows at each step, never on how long anything takes.
import type { Locator, Page } from "playwright-core";

const MENU_ITEM = '[data-component-name="Menu/MenuItem"]';
const COLLAPSED = ':scope > a [data-component-name="icons/ChevronRightIcon/ChevronRightIcon"]';
const SEARCH_DIALOG = '[data-testid="search-dialog"]';
const SEARCH_ITEM = '[data-component-name="Search/SearchItem"]';
const ATTEMPTS = 5;

/** The text of the whole navigation, with every menu group opened. */
export async function openedMenuText(page: Page): Promise<string> {
  let text = (await page.locator('[data-component-name="Menu/Menu"]').first().textContent()) ?? "";
  const groups = page.locator(`${MENU_ITEM}.menu-item-type-group`);
  for (let index = 0; index < (await groups.count()); index++) {
    const group = groups.nth(index);
    await openGroup(group);
    text += `\n${(await group.textContent()) ?? ""}`;
  }
  return text;
}

// The scroll spy may open a group between our look and our click, and the click then closes it again: look again.
async function openGroup(group: Locator): Promise<void> {
  const children = group.locator(MENU_ITEM);
  for (let attempt = 1; (await children.count()) === 0; attempt++) {
    if (attempt > ATTEMPTS) throw new Error(`The menu group "${await group.textContent()}" does not open.`);
    const collapsed = group.locator(COLLAPSED);
    if ((await collapsed.count()) > 0) await group.locator(":scope > a").click();
    await children.first().or(collapsed).first().waitFor({ state: "attached" });
  }
}

/** Searches for `text` and clicks the result that shows it, opening the search dialog again if Redoc closed it. */
export async function openSearchResult(page: Page, text: string): Promise<void> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const dialog = page.locator(SEARCH_DIALOG);
    if ((await dialog.count()) === 0) {
      await page.getByTestId("search-trigger").getByText("Search").click();
    }
    await dialog.getByRole("textbox").fill(text);
    const shown = await page.waitForFunction(
      ([dialogSelector, itemSelector, wanted]) => {
        if (document.querySelector(dialogSelector) === null) return "closed";
        const items = [...document.querySelectorAll(itemSelector)];
        return items.some((item) => item.textContent?.includes(wanted)) && "found";
      },
      [SEARCH_DIALOG, SEARCH_ITEM, text] as const,
    );
    if ((await shown.jsonValue()) === "found") {
      await page.locator(SEARCH_ITEM).filter({ hasText: text }).first().click();
      return;
    }
  }
  throw new Error(`The search dialog closed ${ATTEMPTS} times before it showed "${text}".`);
}
