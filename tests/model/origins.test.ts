import { describe, expect, it } from 'vitest';
import { allowedOrigins, loadedFrom, otherOriginNotice, refusedMessage, sourceStanding } from '../../src/model/origins.ts';

const PAGE = 'https://explorer.example/app/?src=x';

describe('allowedOrigins', () => {
  it('is null without a setting, and an empty list for an empty one', () => {
    expect(allowedOrigins(null)).toBeNull();
    expect(allowedOrigins(undefined)).toBeNull();
    expect(allowedOrigins('')).toEqual(new Set());
    expect(allowedOrigins('   ')).toEqual(new Set());
  });

  it('reads origins separated by spaces or commas, a final slash allowed, in the form the URL parser gives', () => {
    expect([...allowedOrigins(' https://a.example  HTTPS://B.Example:443/,http://c.example:8080\nhttps://d.example/ ')!]).toEqual([
      'https://a.example',
      'https://b.example',
      'http://c.example:8080',
      'https://d.example',
    ]);
  });

  it('leaves out what is not an http(s) origin alone, rather than opening a whole site for a folder', () => {
    expect([
      ...allowedOrigins(
        'https://a.example/graphs/ https://b.example?x https://c.example/#top ftp://d.example data:, *  user:pw@e.example https://u@f.example https://g.example',
      )!,
    ]).toEqual(['https://g.example']);
  });
});

describe('sourceStanding', () => {
  it('is the page’s own for a path, a same-origin address or a blob of the page', () => {
    for (const src of [
      'graph.json',
      '/graph/a.json',
      '../g.json',
      'https://explorer.example/other/g.json',
      'blob:https://explorer.example/0b1c',
    ]) {
      expect(sourceStanding(src, PAGE, null), src).toEqual({ kind: 'own' });
      expect(sourceStanding(src, PAGE, new Set()), src).toEqual({ kind: 'own' });
    }
  });

  it('names another origin by its host, with a port that is not the scheme’s', () => {
    expect(sourceStanding('https://other.example/g.json', PAGE, null)).toEqual({
      kind: 'other',
      origin: 'https://other.example',
      host: 'other.example',
    });
    expect(sourceStanding('http://explorer.example/g.json', PAGE, null)).toEqual({
      kind: 'other',
      origin: 'http://explorer.example',
      host: 'explorer.example',
    });
    expect(sourceStanding('//127.0.0.1:5173/g.json', PAGE, null)).toEqual({
      kind: 'other',
      origin: 'https://127.0.0.1:5173',
      host: '127.0.0.1:5173',
    });
    expect(sourceStanding('https://sub.explorer.example/g.json', PAGE, null)).toEqual({
      kind: 'other',
      origin: 'https://sub.explorer.example',
      host: 'sub.explorer.example',
    });
  });

  it('writes a host of look-alike letters in ASCII, and leaves credentials out of the name', () => {
    // "exаmple" with a Cyrillic а.
    expect(sourceStanding('https://ex\u0430mple.com/g.json', PAGE, null)).toEqual({
      kind: 'other',
      origin: 'https://xn--exmple-4nf.com',
      host: 'xn--exmple-4nf.com',
    });
    expect(sourceStanding('https://explorer.example@evil.example/g.json', PAGE, null)).toEqual({
      kind: 'other',
      origin: 'https://evil.example',
      host: 'evil.example',
    });
  });

  it('never counts an address without an origin (data:) as the page’s', () => {
    expect(sourceStanding('data:application/json,{}', PAGE, null)).toEqual({ kind: 'other', origin: 'data:', host: 'a data: address' });
    expect(sourceStanding('data:application/json,{}', 'file:///home/a/index.html', null)).toEqual({
      kind: 'other',
      origin: 'data:',
      host: 'a data: address',
    });
    expect(sourceStanding('data:application/json,{}', PAGE, new Set(['https://explorer.example']))).toEqual({
      kind: 'refused',
      origin: 'data:',
      host: 'a data: address',
    });
  });

  it('takes files beside a page opened from disk as its own', () => {
    expect(sourceStanding('graph.json', 'file:///home/a/index.html', null)).toEqual({ kind: 'own' });
  });

  it('refuses another origin that the list does not name, and opens one it names', () => {
    const allowed = allowedOrigins('https://a.example http://127.0.0.1:4000');
    expect(sourceStanding('https://a.example/data/g.json', PAGE, allowed)).toEqual({
      kind: 'other',
      origin: 'https://a.example',
      host: 'a.example',
    });
    expect(sourceStanding('http://127.0.0.1:4000/g.json', PAGE, allowed)).toEqual({
      kind: 'other',
      origin: 'http://127.0.0.1:4000',
      host: '127.0.0.1:4000',
    });
    expect(sourceStanding('http://a.example/g.json', PAGE, allowed)).toEqual({
      kind: 'refused',
      origin: 'http://a.example',
      host: 'a.example',
    });
    expect(sourceStanding('http://127.0.0.1:4001/g.json', PAGE, allowed)).toEqual({
      kind: 'refused',
      origin: 'http://127.0.0.1:4001',
      host: '127.0.0.1:4001',
    });
    expect(sourceStanding('https://a.example.evil.example/g.json', PAGE, allowed)).toEqual({
      kind: 'refused',
      origin: 'https://a.example.evil.example',
      host: 'a.example.evil.example',
    });
    expect(sourceStanding('https://b.example/g.json', PAGE, new Set())).toEqual({
      kind: 'refused',
      origin: 'https://b.example',
      host: 'b.example',
    });
  });

  it('leaves an address that is not a URL to the fetch', () => {
    expect(sourceStanding('http://[', PAGE, new Set())).toEqual({ kind: 'own' });
  });
});

describe('the words', () => {
  it('name the host, the origin and the setting', () => {
    expect(otherOriginNotice('other.example')).toBe('Graph loaded from other.example — not from this site');
    expect(loadedFrom('other.example:8443')).toBe('Graph loaded from other.example:8443');
    expect(refusedMessage('https://b.example', new Set(['https://a.example', 'https://c.example']))).toBe(
      "graphs from https://b.example are not opened here: the page's allowed-sources setting lists only https://a.example, https://c.example.",
    );
    expect(refusedMessage('https://b.example', new Set())).toBe(
      "graphs from https://b.example are not opened here: the page's allowed-sources setting lists no other site.",
    );
  });
});
