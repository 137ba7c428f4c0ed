import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { escapeXml, xmlElement } from '../../../src/lib/formats/xml.ts';

describe('escapeXml', () => {
  test('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
  test('escapes an existing entity again, so "&amp;" shows literally', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
  test('drops control characters XML 1.0 forbids, keeping tabs and newlines', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne')).toBe('abc\td\ne');
  });
  test('leaves CDATA terminators harmless', () => {
    expect(escapeXml(']]>')).toBe(']]&gt;');
  });
});

describe('xmlElement', () => {
  test('builds an element whose attributes and text parse back exactly', () => {
    const hostile = `"><script>alert(1)</script> & ]]> \u202Eevil 🎧`;
    const xml = xmlElement('itunes:author', { href: hostile }, hostile);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    expect(parsed['itunes:author']['#text']).toBe(hostile);
    expect(parsed['itunes:author']['@href']).toBe(hostile);
  });
  test('nests child elements it built, whose hostile text still parses back exactly', () => {
    const hostile = `</itunes:name><itunes:email>x@evil</itunes:email>`;
    const xml = xmlElement('itunes:owner', {}, [
      xmlElement('itunes:name', {}, hostile),
      xmlElement('itunes:email', {}, 'a@b.org'),
    ]);
    const parsed = new XMLParser().parse(xml);
    expect(parsed['itunes:owner']).toEqual({ 'itunes:name': hostile, 'itunes:email': 'a@b.org' });
  });
  test('self-closes when there is no text', () => {
    expect(xmlElement('atom:link', { rel: 'self' })).toBe('<atom:link rel="self"/>');
  });
});
