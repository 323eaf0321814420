#!/usr/bin/env python3
"""Writes the hand-made edge cases of Fuzz/regressions/layout/: glyph streams in the layout
fuzzer's own format (Fuzz/FuzzSupport/GlyphStreamFormat.swift) holding what a fuzzer finds
sooner or later. RegressionReplayTests replays them with the fuzzer's crashes; EdgeCaseStreamTests
checks each still decodes to what its name says, so after a change to the format, rerun this
(and fix it where the format moved):

    python3 scripts/fuzz_layout_edge_cases.py Fuzz/regressions/layout

Most streams draw a real table around their edge (a bold header "Productnaam | Prijs per
maand" and a row "KPN EEN | € 5,00") so the edge reaches the table parser, not only layout.
"""

import os
import struct
import sys

# Number bytes of FuzzAlphabet.specialNumbers (0xE0 + index).
SPECIAL = {'nan': 0xE0, 'inf': 0xE1, '-inf': 0xE2, '1e300': 0xE3, '-max': 0xE6, 'tiny': 0xE7,
           'snan': 0xEF, 'zero': 0xF1, '-one': 0xF3}
NEGATIVE, RAW, FAR = 0xEA, 0xEB, 0xEC
# Text bytes of FuzzAlphabet.texts (0x80 + index); ASCII stands for itself.
ALPHABET = {'€': 0x80, '¹': 0x81, '²': 0x82, '³': 0x83}
# Glyph flag bits.
SPACE_BEFORE, REPEAT_BOX, ADVANCE, REPEAT_SIZE = 1 << 0, 1 << 4, 1 << 5, 1 << 7
BOLD = 1


def num(value):
    """A number: fixed point in 1/32 pt, a negative escape, or a special number by name."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return bytes([SPECIAL[value]])
    steps = round(abs(value) * 32)
    assert steps < 0xE000, value
    prefix = bytes([NEGATIVE]) if value < 0 else b''
    return prefix + bytes([steps >> 8, steps & 0xFF])


def raw(value):
    """Any double, as its bit pattern."""
    return bytes([RAW]) + struct.pack('>d', value)


def far(units):
    """units × 1024 pt: far off the page, yet finite."""
    return bytes([FAR, units >> 8, units & 0xFF])


def text_byte(text):
    if text in ALPHABET:
        return ALPHABET[text]
    assert len(text) == 1 and ord(text) < 0x80, text
    return ord(text)


def glyph(text, box=None, size=None, font=0, space=False, advance=None):
    """One glyph. box: (minX, minY, width, height) or 'repeat' (the previous glyph's box);
    advance: (gap, width) after the previous glyph on its row; size None repeats the previous."""
    flags = font << 1 | (SPACE_BEFORE if space else 0)
    body = b''
    if box == 'repeat':
        flags |= REPEAT_BOX
    elif advance is not None:
        flags |= ADVANCE
        body += num(advance[0]) + num(advance[1])
    else:
        body += b''.join(num(value) for value in box)
    if size is None:
        flags |= REPEAT_SIZE
    else:
        body += num(size)
    return bytes([flags, text_byte(text)]) + body


def words(line, x, y, size, font=0):
    """A line of words from (x, y): letters 0.6 em wide, words a third of an em apart."""
    width = 0.6 * size
    glyphs = []
    for w, word in enumerate(line.split(' ')):
        for c, letter in enumerate(word):
            if not glyphs:
                glyphs.append(glyph(letter, box=(x, y, width, size), size=size, font=font))
            else:
                gap = size / 3 if c == 0 else 0
                glyphs.append(glyph(letter, advance=(gap, width), font=font, space=c == 0))
    return glyphs


def row(name, amount, y, size=9):
    return words(name, 48, y, size) + words(amount, 300, y, size)


def page(glyphs, width=595.28, height=841.89, count=None):
    """A page; count, when given, is the glyph count the page promises."""
    count = len(glyphs) if count is None else count
    return num(width) + num(height) + bytes([count >> 8, count & 0xFF]) + b''.join(glyphs)


def stream(pages):
    return bytes([len(pages)]) + b''.join(pages)


HEADER = words('Productnaam', 48, 100, 9, font=BOLD) + words('Prijs per maand', 300, 100, 9, font=BOLD)
TABLE = HEADER + row('KPN EEN', '€ 5,00', 115)


def stacked():
    """Five thousand glyphs in one box: digits, a euro sign and a comma, some after a space."""
    texts = '0123456789€,'
    glyphs = [glyph('5', box=(300, 300, 5, 9), size=9)]
    for i in range(4999):
        glyphs.append(glyph(texts[i % len(texts)], box='repeat', space=i % 7 == 0))
    return glyphs


def digits_only():
    """Forty rows of numbers, each with a smaller digit raised after it: marker or not?"""
    glyphs = []
    for r in range(40):
        y = 100 + 14 * r
        glyphs += words(str(1000 + 37 * r), 48, y, 9)
        glyphs.append(glyph(str(r % 10), box=(80, y - 3, 3, 5), size=5))
        glyphs += words(str(r * 13 % 100), 300, y, 9)
        glyphs.append(glyph(str((r + 1) % 10), box=(316, y - 3, 3, 5), size=5, space=r % 2 == 0))
    return glyphs


def markers_only():
    return [glyph('¹²³'[(r + c) % 3], box=(48 + 40 * c, 100 + 12 * r, 3, 5), size=5, space=c > 0)
            for r in range(30) for c in range(12)]


def control_characters():
    texts = '\x00\t\n\r\x0b\x0c\x1b\x7f€5,00'
    return [glyph(texts[0], box=(48, 115, 5, 9), size=9)] + [glyph(t, advance=(0, 5)) for t in texts[1:]]


CASES = {
    'empty-stream': b'',
    'eight-pages-promised-none-given': bytes([8]),
    'one-page-no-glyphs': stream([page([])]),
    'glyph-count-past-the-end': stream([page(TABLE, count=65535)]),
    'nan-and-infinite-coordinates': stream([page(TABLE + [
        glyph('N', box=('nan', 130, 5, 9), size=9),
        glyph('a', box=(60, 'inf', 5, 9), size=9),
        glyph('N', box=(70, 130, 'nan', 'nan'), size=9),
        glyph('8', box=('-inf', '-inf', 'inf', 'inf'), size=9, space=True),
        glyph('€', box=(300, 'snan', 5, 9), size='nan'),
    ] + row('Bellen', '€ 0,22', 145))]),
    'nan-page-size': stream([page(TABLE, width='nan', height='inf')]),
    'zero-and-negative-font-sizes': stream([page(HEADER + [
        glyph('N', box=(48, 115, 5, 9), size=9),
        glyph('x', box=(60, 130, 5, 9), size='zero'),
        glyph('y', box=(66, 130, 5, 9), size='-one'),
        glyph('z', box=(72, 130, 5, 9), size=-8),
        glyph('w', box=(78, 130, 5, 9), size='tiny'),
        glyph('v', box=(84, 130, 5, 9), size='-max'),
    ] + words('Klein', 48, 145, 0) + words('€ 2,00', 300, 145, -9))]),
    'five-thousand-glyphs-at-one-point': stream([page(HEADER + stacked())]),
    'glyph-wider-than-page': stream([page(TABLE + [
        glyph('W', box=(10, 130, 1700, 9), size=9),
        glyph('M', box=(far(1), 145, far(64), 9), size=9),
        glyph('€', box=(0, 160, raw(1e308), 9), size=9),
    ])]),
    'digits-only': stream([page(digits_only())]),
    'superscript-markers-only': stream([page(markers_only())]),
    'one-word-of-4080-letters': stream([page(HEADER + words('Abonnementskosten' * 240, 48, 115, 9)
                                             + row('KPN EEN', '€ 5,00', 130))]),
    'inverted-and-negative-boxes': stream([page(HEADER + [
        glyph('K', box=(60, 115, -5, -9), size=9),
        glyph('P', box=(55, 115, -5, -9), size=9),
        glyph('€', box=(300, 115, -4, 9), size=9),
        glyph('5', box=(1791, 1791, -1791, -1791), size=9),
    ])]),
    # The running-text detector keys lines by position: a header line at y = 1e300 on every page.
    'eight-pages-running-header-at-1e300': stream([
        page(words('Tarieven 2027', 48, 20, 8) + [glyph('T', box=(48, '1e300', 5, 8), size=8)] + TABLE)
        for _ in range(8)]),
    'control-characters-in-a-row': stream([page(HEADER + control_characters() + words('€ 5,00', 300, 115, 9))]),
}


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: fuzz_layout_edge_cases.py OUTPUT-DIR')
    for name, data in CASES.items():
        with open(os.path.join(sys.argv[1], name), 'wb') as file:
            file.write(data)
        print(f'{name}: {len(data)} bytes')


if __name__ == '__main__':
    main()
