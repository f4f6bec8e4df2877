// Driving the VS Code workbench (code-server) in Chromium the way a user does:
// keyboard, command palette, explorer, Problems view, hovers, status bar.
// Every wait is on a condition of the page, with a generous timeout (the
// machine is small and shared); nothing sleeps for a fixed time to "let it settle".

/** Long enough for a cold extension host on 2 busy cores, short enough to fail a broken run. */
export const LONG = 120_000
export const SHORT = 30_000

export function createWorkbench(page) {
  const quickInput = page.locator('.quick-input-widget')

  async function waitForWorkbench(fileName) {
    await page.locator('.monaco-workbench').waitFor({timeout: LONG})
    await explorerRow(fileName).waitFor({timeout: LONG})
  }

  function explorerRow(fileName) {
    return page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${fileName}"]`)
  }

  /** Whether the keyboard focus is in the workbench (and not in a closing quick input). */
  function focusIn(selector) {
    return page.evaluate((inside) => {
      const active = document.activeElement
      return Boolean(active && active !== document.body && active.closest(inside) && !active.closest('.quick-input-widget'))
    }, selector)
  }

  async function focusWorkbench() {
    // Keyboard shortcuts need the focus inside the workbench, not on the page body.
    if (await focusIn('.monaco-workbench')) return
    await clickToFocus('.monaco-workbench')
  }

  /** Puts the keyboard focus in the active editor, without moving its cursor. */
  async function focusEditor() {
    if (await focusIn('.editor-group-container.active .monaco-editor')) return
    await clickToFocus('.editor-group-container.active .monaco-editor')
  }

  async function clickToFocus(selector) {
    // Clicking the active tab focuses its editor and leaves the cursor where it is.
    const tab = page.locator('.tabs-container .tab.active').first()
    if (await tab.isVisible().catch(() => false)) await tab.click({position: {x: 12, y: 10}})
    else await page.locator('.part.sidebar .composite.title').first().click()
    // The focus moves a moment after the click; a palette opened before that would close on it.
    const focused = await until(() => focusIn(selector), (yes) => yes, {timeout: SHORT, interval: 50})
    if (!focused.ok) throw new Error(`could not put the keyboard focus in ${selector}`)
  }

  /** Opens the command palette (F1) and types `text` ('>' commands, ':' go to line). */
  async function palette(text) {
    const input = quickInput.locator('input')
    for (let attempt = 1; ; attempt++) {
      try {
        await focusWorkbench()
        await page.keyboard.press('F1')
        await input.waitFor({timeout: SHORT / 3})
        // F1 shows the box, then puts '>' in it: text typed before that would be replaced.
        const ready = await until(() => input.inputValue().catch(() => ''), (value) => value === '>', {timeout: SHORT / 3, interval: 50})
        if (!ready.ok) throw new Error(`the command palette opened with "${ready.value}"`)
        await input.fill(text, {timeout: SHORT / 3})
        const typed = await until(() => input.inputValue().catch(() => ''), (value) => value === text, {timeout: SHORT / 3, interval: 50})
        if (!typed.ok) throw new Error(`the command palette holds "${typed.value}" instead of "${text}"`)
        return
      } catch (error) {
        // A focus change (a view opening, a notification) can close the palette under us: again.
        if (attempt >= 3) throw error
        await page.keyboard.press('Escape')
        await quickInput.waitFor({state: 'hidden', timeout: SHORT}).catch(() => {})
      }
    }
  }

  /** Runs a command from the command palette: typed by its label, picked by its id. */
  async function runCommand(commandId, label) {
    const entry = quickInput.locator(`[data-quick-input-id="${commandId}"]`)
    for (let attempt = 1; ; attempt++) {
      await palette(`>${label}`)
      try {
        await entry.click({timeout: attempt < 3 ? SHORT / 3 : SHORT})
        break
      } catch (error) {
        // The palette can lose its text to a focus change (a notification, a view opening): again.
        if (attempt >= 3) throw error
        await page.keyboard.press('Escape')
        await quickInput.waitFor({state: 'hidden', timeout: SHORT}).catch(() => {})
      }
    }
  }

  /** Picks an entry of an open quick pick by its label. */
  async function pick(label) {
    await quickInput.locator(`.monaco-list-row[aria-label="${label}"]`).click({timeout: SHORT})
    await quickInput.waitFor({state: 'hidden', timeout: SHORT})
  }

  /**
   * "Developer: Reload Window": the page loads anew and the extension host and
   * the language server start again. Waits for the new workbench to show
   * `fileName` in the explorer.
   */
  async function reloadWindow(fileName) {
    // A mark on the old page's window: the new page has none.
    await page.evaluate(() => {
      window.__lessonlintBeforeReload = true
    })
    await runCommand('workbench.action.reloadWindow', 'Developer: Reload Window')
    // Evaluating fails while the page navigates: that counts as "not yet".
    const reloaded = await until(
      () => page.evaluate(() => window.__lessonlintBeforeReload !== true && document.querySelector('.monaco-workbench') !== null).catch(() => false),
      (yes) => yes,
      {timeout: LONG, interval: 250},
    )
    if (!reloaded.ok) throw new Error('the window did not reload')
    await waitForWorkbench(fileName)
  }

  function activeTab(fileName) {
    return page.locator(`.tabs-container .tab.active[aria-label="${fileName}"]`)
  }

  async function openFile(fileName) {
    // The mouse may rest where an earlier click left it, on a row that moved since
    // (a file was deleted): that row's path tooltip would then cover the row to click.
    const title = await page.locator('.part.sidebar .composite.title').first().boundingBox()
    if (title) await page.mouse.move(title.x + title.width / 2, title.y + title.height / 2)
    await page.locator('.context-view .hover-contents').first().waitFor({state: 'hidden', timeout: SHORT / 3}).catch(() => {})
    await explorerRow(fileName).click()
    await activeTab(fileName).waitFor({timeout: SHORT})
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({timeout: SHORT})
  }

  /** Moves the cursor to a 1-based line and column with the palette's Go to Line (':line:column'). */
  async function goTo(line, column) {
    await palette(`:${line}:${column}`)
    await page.keyboard.press('Enter')
    await quickInput.waitFor({state: 'hidden', timeout: SHORT})
    await page
      .locator('.statusbar-item[id="status.editor.selection"]', {hasText: `Ln ${line}, Col ${column}`})
      .waitFor({timeout: SHORT})
  }

  async function showProblems() {
    if (await page.locator('.markers-panel').isVisible().catch(() => false)) return
    await runCommand('workbench.panel.markers.view.focus', 'Problems: Focus on Problems View')
    await page.locator('.markers-panel').waitFor({timeout: SHORT})
  }

  /**
   * Every row of the Problems view, top to bottom: the tree is virtual (only
   * the rows in view exist in the DOM), so it is scrolled through and the rows
   * are keyed by their index. Markers carry the file of the resource row above them.
   */
  async function readProblems() {
    await showProblems()
    // Wheel events sent to the list itself: moving the mouse there would pop up
    // row tooltips, and a wheel that misses the list scrolls the editor instead.
    const scroll = (deltaY) =>
      page.$eval('.markers-panel .monaco-list .monaco-scrollable-element', (list, dy) => list.dispatchEvent(new WheelEvent('wheel', {deltaY: dy, bubbles: true, cancelable: true})), deltaY)
    const rows = new Map()
    await scroll(-1e6)
    let unchanged = 0
    for (let i = 0; i < 500 && unchanged < 2; i++) {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      const seen = await page.$$eval('.markers-panel .monaco-list-row', (elements) =>
        elements.map((row) => {
          const text = (selector) => row.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
          return {
            index: Number(row.getAttribute('data-index')),
            level: Number(row.getAttribute('aria-level')),
            file: text('.resource-label-container .label-name'),
            message: text('.marker-message'),
            source: text('.marker-source'),
            code: text('.marker-code'),
            codeLink: row.querySelector('a.monaco-link')?.getAttribute('href') ?? '',
            position: text('.marker-line'),
            severity: ['error', 'warning', 'info'].find((s) => row.querySelector(`.marker-icon.${s}`)) ?? '',
          }
        }),
      )
      const before = rows.size
      for (const row of seen) rows.set(row.index, row)
      unchanged = rows.size === before ? unchanged + 1 : 0
      await scroll(100)
    }
    await scroll(-1e6)
    const ordered = [...rows.values()].sort((a, b) => a.index - b.index)
    const problems = []
    let file
    for (const row of ordered) {
      if (row.level === 1) {
        file = row.file
        continue
      }
      const at = /\[Ln (\d+), Col (\d+)\]/.exec(row.position)
      problems.push({...row, file, line: at ? Number(at[1]) : undefined, column: at ? Number(at[2]) : undefined})
    }
    return problems
  }

  /** The lessonlint rows of one file; `ruleId` is the row's code. */
  async function lessonlintProblems(fileName) {
    const rows = (await readProblems()).filter((row) => row.file === fileName && row.source === 'lessonlint')
    return rows.map((row) => ({...row, ruleId: row.code}))
  }

  /** Polls `read` until `accept` holds for its result; returns the last result either way. */
  async function until(read, accept, {timeout = LONG, interval = 500} = {}) {
    const deadline = Date.now() + timeout
    let last
    for (;;) {
      last = await read()
      if (accept(last)) return {ok: true, value: last}
      if (Date.now() > deadline) return {ok: false, value: last}
      await page.waitForTimeout(interval)
    }
  }

  function statusItem() {
    // An extension's status bar item gets the DOM id `<publisher.name>.<item id>`.
    return page.locator('.statusbar-item[id="lessonlint.lessonlint-vscode.lessonlint.status"]')
  }

  /** The lessonlint status bar item: its text and the number after each icon ({error, warning, info}). */
  async function readStatus() {
    return statusItem().evaluate((item) => {
      const counts = {}
      let icon
      const walk = (node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.ELEMENT_NODE && child.classList.contains('codicon')) {
            icon = [...child.classList].find((c) => c.startsWith('codicon-') && c !== 'codicon-modifier-spin')?.slice('codicon-'.length)
          } else if (child.nodeType === Node.ELEMENT_NODE) {
            walk(child)
          } else if (child.nodeType === Node.TEXT_NODE && icon) {
            const number = /\d+/.exec(child.textContent)
            if (number) {
              counts[icon] = Number(number[0])
              icon = undefined
            }
          }
        }
      }
      walk(item)
      return {text: item.innerText.replace(/\s+/g, ' ').trim(), ariaLabel: item.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '', counts}
    })
  }

  async function visibleErrorNotifications() {
    return page.$$eval('.notifications-toasts .notification-toast', (toasts) =>
      toasts
        .filter((toast) => toast.offsetParent !== null && toast.querySelector('.codicon-error'))
        .map((toast) => toast.innerText.replace(/\s+/g, ' ').trim()),
    )
  }

  return {
    page,
    waitForWorkbench,
    explorerRow,
    focusWorkbench,
    focusEditor,
    palette,
    runCommand,
    pick,
    reloadWindow,
    activeTab,
    openFile,
    goTo,
    showProblems,
    readProblems,
    lessonlintProblems,
    until,
    statusItem,
    readStatus,
    visibleErrorNotifications,
  }
}
