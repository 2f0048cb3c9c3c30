import fc from 'fast-check'

/**
 * fast-check arbitraries of hostile input for the property tests (`*.property.test.ts`): values a
 * careless client, a proxy or an attacker may send where a string, a number or an object is due.
 */

/** Strings that have broken parsers before: markup, scripts, URL tricks, control characters, odd unicode. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '   \t ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ftp://files.example/%ALIAS%',
  '//evil.example/%ALIAS%',
  'http:/evil.example',
  'https:///%ALIAS%',
  'http://\u0000evil.example/%ALIAS%',
  'https://evil.example/\u0007%ALIAS%',
  'https://ok.example/%ALIAS%\n',
  'nul\u0000byte',
  'line\nbreak',
  'tab\there',
  'bell\u0007',
  'del\u007f',
  'c1\u0085next',
  '\u202eright-to-left override',
  'zero\u200bwidth',
  '\ufeffbom',
  'combining e\u0301\u0301\u0301',
  '𝕏 𝔸𝔸𝕄 😀',
  '\ud800',
  'Ω≈ç√∫',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1e400',
  '0x10',
  '1_000',
  '١٢٣',
  '%ALIAS%',
  '%',
  '%E0%A4%A',
  '../../etc/passwd',
  "' OR 1=1 --",
  '${7*7}{{7*7}}',
  'null',
  'undefined',
  'true',
] as const

/** Long strings: 256 to 10,000 characters of one repeated piece (names, values, URLs over every limit). */
export const longString = fc
  .tuple(fc.constantFrom('a', 'é', '<script>', ' ', '\u0000', '😀', 'https://x.example/%ALIAS%'), fc.integer({ min: 256, max: 10_000 }))
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length))

/** Any hostile string: the list above, random ASCII, random code points (controls included), long strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: longString },
)

/** Numbers that are not plain small IDs: negative, fractional, unsafe, non-finite (sent as null in JSON). */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, 1.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, 1e21, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Infinity),
  fc.integer(),
  fc.double(),
)

/** Any hostile JSON-ish value: strings, numbers, booleans, null, arrays and objects where a scalar is due. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.oneof(hostileString, hostileNumber), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
)

/** Request bodies that are not JSON (or not an object): empty, truncated, scalars, trailing garbage. */
export const malformedJsonText = fc.constantFrom('', ' ', '{', '}', '[', '{"name":', 'null', 'true', '0', '"text"', '[]', '[[]]', '{}garbage', '\u0000', 'undefined', 'NaN', '{"a":1,}', "{'a':1}")

/** A calendar day `yyyy-mm-dd` between 1970 and 2100 (UTC). */
export const isoDayArb = fc
  .integer({ min: 0, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10))

/** Strings that look like days but are not valid ones. */
export const badDayArb = fc.constantFrom('2025-02-30', '2025-13-01', '2025-00-10', '2025-1-1', '20250101', '2025/01/01', '01.01.2025', '2025-01-01T00:00:00Z', ' 2025-01-01', '0000-00-00', '9999-99-99', 'yesterday')

/** URLs a URL field must refuse: other schemes, protocol-relative, host-less, whitespace / control tricks. */
export const NON_HTTP_URLS = [
  'javascript:alert(1)//%ALIAS%',
  'JAVASCRIPT:alert(1)//%ALIAS%',
  ' javascript:alert(1)//%ALIAS%',
  '\tjavascript:alert(1)//%ALIAS%',
  '\u0000javascript:alert(1)//%ALIAS%',
  '\u0001https://px.example/?v=%ALIAS%',
  'java\nscript:alert(1)//%ALIAS%',
  'data:text/html,<script>alert(1)</script>%ALIAS%',
  'data:,%ALIAS%',
  'vbscript:msgbox(%ALIAS%)',
  'ftp://files.example/%ALIAS%',
  'file:///etc/passwd?%ALIAS%',
  '//px.example/?v=%ALIAS%',
  '/relative/?v=%ALIAS%',
  'px.example/?v=%ALIAS%',
  'http:px.example/?v=%ALIAS%',
  'http:/px.example/?v=%ALIAS%',
  'https:///?v=%ALIAS%',
  'https://',
  'https:// px.example/?v=%ALIAS%',
  'https://px.example/?v=%ALIAS% x',
  'https://px.example/\u0000?v=%ALIAS%',
  'https://px.example/\u007f?v=%ALIAS%',
  'https://px.example/\u0085?v=%ALIAS%',
  'https://px.example\\@evil.example/?v=%ALIAS%',
  'http://[::1/?v=%ALIAS%',
] as const

/** http(s) URLs any URL field must accept (each carries the %ALIAS% macro for URL templates; hosts made of ASCII labels). */
export const httpUrlArb = fc
  .tuple(
    fc.constantFrom('http', 'https', 'HTTPS'),
    fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?){0,3}\.[a-z]{2,6}$/),
    fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
    fc.stringMatching(/^(\/[A-Za-z0-9._~-]{0,12}){0,3}$/),
    fc.constantFrom('?ids=%ALIAS%', '/%ALIAS%', '?a=1&seg=%alias%', '#%ALIAS%', '?v=%Alias%&c=%25'),
  )
  .map(([scheme, host, port, path, tail]) => `${scheme}://${host}${port ? `:${port}` : ''}${path}${tail}`)
  // A label such as "xn--a" is invalid punycode, which the URL parser (rightly) refuses.
  .filter((url) => URL.canParse(url))
