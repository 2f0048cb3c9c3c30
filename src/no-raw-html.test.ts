import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The lint rules of `eslint.config.js` that keep raw HTML out of the app (no `dangerouslySetInnerHTML`,
 * `innerHTML`, `insertAdjacentHTML`, `document.write`), checked on snippets with the project's own
 * configuration, so a config change that drops them fails here.
 */
const eslint = new ESLint()

async function restricted(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/features/raw-html-probe.tsx' })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)
}

describe('no raw HTML (eslint no-restricted-syntax)', () => {
  it.each([
    ['a JSX attribute', 'export function A({ html }: { html: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: html }} />\n}\n'],
    ['createElement props', "import { createElement } from 'react'\nexport const b = (html: string) => createElement('div', { dangerouslySetInnerHTML: { __html: html } })\n"],
    ['a quoted prop key', "export const c = (html: string) => ({ 'dangerouslySetInnerHTML': { __html: html } })\n"],
    ['innerHTML', 'export function d(el: HTMLElement, html: string) {\n  el.innerHTML = html\n}\n'],
    ['outerHTML', 'export function e(el: HTMLElement, html: string) {\n  el.outerHTML += html\n}\n'],
    ['insertAdjacentHTML', "export function f(el: HTMLElement, html: string) {\n  el.insertAdjacentHTML('beforeend', html)\n}\n"],
    ['document.write', 'export function g(html: string) {\n  document.write(html)\n}\n'],
  ])('refuses %s', async (_what, code) => {
    expect(await restricted(code)).toEqual([expect.stringMatching(/raw HTML|innerHTML/)])
  })

  it('lets text through', async () => {
    expect(await restricted('export function T({ text }: { text: string }) {\n  return <div title={text}>{text}</div>\n}\n')).toEqual([])
    expect(await restricted('export function u(el: HTMLElement, text: string) {\n  el.textContent = text\n}\n')).toEqual([])
  })
})
