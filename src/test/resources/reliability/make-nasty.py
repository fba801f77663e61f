#!/usr/bin/env python3
"""Writes the nasty-file corpus in nasty/ (deterministic; run from this folder). Kept small: < 200 KB in all.
The 10 MB single-line file is made by NastyInputTest in a temp folder, not here."""
import os, random

r = random.Random(20240601)
os.makedirs('nasty', exist_ok=True)
story = ('The council approved a budget of 12 million euros on Tuesday, officials said. '
         '\u201cThis protects 300 jobs,\u201d the mayor told reporters. ')

def w(name, data):
    with open(os.path.join('nasty', name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

w('random-bytes.txt', bytes(r.getrandbits(8) for _ in range(4096)))
w('random-bytes.html', bytes(r.getrandbits(8) for _ in range(4096)))
w('random-bytes.md', bytes(r.getrandbits(8) for _ in range(2048)))
good = (story * 3).encode('utf-8')
w('truncated-utf8.txt', good + '\u00e9t\u00e9 \u20ac'.encode('utf-8')[:-1])
w('invalid-utf8-mixed.txt', good + b'\xc3\x28 \xa0\xa1 \xe2\x28\xa1 \xf0\x28\x8c\xbc ' + good)
w('utf16-bom.txt', '\ufeff'.encode('utf-16-le').replace(b'', b'')[:0] + b'\xff\xfe' + (story * 2).encode('utf-16-le'))
w('nul-bytes.html', b'<html><body><p>' + good.replace(b' ', b'\x00 ') + b'</p></body></html>')
w('empty.txt', b'')
w('only-whitespace.md', '   \n\t\n\u00a0\u2003\n' * 50)
w('deep-nesting.html', '<html><body>' + '<div>' * 10000 + '<p>' + story * 3 + '</p>' + '</div>' * 10 + '</body></html>')
w('deep-lists.md', ''.join('  ' * i + '- level %d\n' % i for i in range(120)) + '\n' + '>' * 500 + ' ' + story + '\n')
w('hostile.html', """<!doctype html><html><head><title>Hostile page</title>
<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/refresh">
<base href="http://127.0.0.1:9/">
<link rel="stylesheet" href="http://127.0.0.1:9/style.css"><link rel="preload" href="http://127.0.0.1:9/p">
<style>@import url(http://127.0.0.1:9/import.css); body { background: url('http://127.0.0.1:9/bg.png') }</style>
<script src="http://127.0.0.1:9/evil.js"></script><script>document.title='PWNED';fetch('http://127.0.0.1:9/x')</script>
</head><body onload="document.title='PWNED'"><article><h1 onclick="alert(1)">Council backs the plan</h1>
<p>""" + story + """<img src="http://127.0.0.1:9/pixel.gif" onerror="alert(1)" srcset="http://127.0.0.1:9/a.png 2x"></p>
<p>""" + story + """<a href="javascript:alert(1)">read more</a> <a href="  jAvAsCrIpT:alert(2)">more</a></p>
<iframe src="http://127.0.0.1:9/frame"></iframe><object data="http://127.0.0.1:9/o"></object>
<embed src="http://127.0.0.1:9/e"><svg onload="alert(1)"><script>alert(3)</script></svg>
<video poster="http://127.0.0.1:9/poster.jpg"><source src="http://127.0.0.1:9/v.mp4"></video>
<form action="http://127.0.0.1:9/f"><input autofocus onfocus="alert(1)"></form>
<p style="background:url(http://127.0.0.1:9/inline.png)">""" + story + """</p></article></body></html>""")
zw = '\u200b\u200c\u200d\u2060\ufeff'
bidi = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c'
w('zero-width-bidi.txt', ''.join(c + r.choice(zw + bidi) for c in story * 4) + '\n\n' + bidi * 200 + '\n\n' + story)
w('bidi-numbers.txt', story + ' \u202e12\u202c million \u20661,0\u200b00\u2069 people \u200f3.5\u200e%. ' + story)
marks = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u300c', '\u300d', '\u2039', '\u203a']
w('quote-nesting.txt', story + '\n\n' + ''.join(r.choice(marks) + 'he said ' for _ in range(1200)) + '\n\n'
  + '\u201c' * 2000 + 'deep' + '\u201d' * 1500 + '\n\n' + ('"' + "'" ) * 2000 + '\n\n' + story)
w('huge-numbers.md', '# Numbers\n\n' + story + '\n\nThe deficit reached ' + '9' * 500 + ' euros, up '
  + '1' + '0' * 499 + '% from ' + '0.' + '0' * 498 + '1 million, or ' + ','.join(['999'] * 170) + ' people; '
  + '1e999999 and -' + '7' * 500 + '.5 billion, said the office.\n\n' + ('123456789' * 60 + ' ') * 5 + '\n')
w('many-paragraphs.txt', ('a\n\n' * 8000) + story)
w('control-chars.txt', ''.join(chr(r.randrange(0, 32)) + c for c in story * 3))
w('surrogates.txt', (story + '\ud83d\ude00 \U0001F1FA\U0001F1F8 ').encode('utf-8', 'surrogatepass') + b'\xed\xa0\x80 lone surrogate ' + good)
w('not-really.html', 'Just text ' + story + ' <not a tag <<< >>> &amp &#xFFFFFFFF; &#0; &nbsp')
w('sidecar-bad.txt', story * 2)
w('sidecar-bad.txt.meta.json', '{"title": ' + '[' * 5000 + ']' * 5000 + ', "published": "99999-99-99", "url": "javascript:alert(1)"}')
