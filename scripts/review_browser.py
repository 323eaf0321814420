#!/usr/bin/env python3
"""Opens a `tariff review` report in headless Chromium and says what the browser made of it,
for the tests (Tests/ReviewTests) and for people:

    python3 scripts/review_browser.py REPORT.html [--click PRODUCT-ID]... [--footnote FOOTNOTE-ID]...
                                      [--screenshot FILE.png] [--timeout SECONDS]

It reads the report as the browser laid it out and drew it, over the DevTools protocol on a
pipe (Chromium's --remote-debugging-pipe: NUL-terminated JSON on fds 3 and 4; no WebSocket
library needed), and prints one JSON document on stdout:

- "counts", "warnings", "warningBoxes", "changes", "entries": the panel's figures and lists;
- "pages": each page section with its image (its attribute and natural size, where it lies);
- "products": each `rect.box.product`, on the page (points) and on screen (window pixels),
  and its ink: the page image's dark pixels under the box's name part (the part left of, or
  above, its price cells), their bounds, and the dark pixels just left of that part; read from
  the decoded image in a canvas;
- "clicks": for each --click, a real mouse click (pressed and released) at the centre of the
  product's link in the panel, then which boxes and list entries are selected, and how many
  pixels of the selection colour a screenshot shows inside the product's box, before the click
  and after it, and in a ring around it;
- "footnoteClicks": the same for each --footnote, a click on its label in the panel's footnote
  list (a plain link to the footnote's box), with the element the address then targets;
- with --screenshot, the window after the last click, as a PNG.

Exit 0 when the report could be read; 2 with one line on stderr when not (no Chromium, it did not
start, a page script failed, or the overall timeout passed: it never hangs).
"""

import argparse
import base64
import fcntl
import json
import os
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib

# The browser window, fixed so that layouts and screenshots repeat from run to run.
WINDOW = {"width": 1400, "height": 900}
# A page-image pixel is ink when its luminance (0-255) is below this: the sheets' text is
# black or dark grey; their grey header bands and zebra rows are lighter.
INK_LUMINANCE = 128
# Points just left of a box's name part searched for ink: a box on a name starts before its
# first letter, not in the middle of a word. The search stops short of the box by the width a
# glyph's smoothed edge may spill over its box (a pixel at the report's scale).
NAME_LEAD = 4
NAME_EDGE = 1
# The selection colour (#ff00d4) on a white page: its full stroke, or its .18 fill (#ffd1f7)
# over whatever lies under it. A pixel is of it when red and blue both stand well above green;
# the group rows' purple (#7b3fb5), lighter where it is smoothed, has too little red.
SELECTION_MIN_RED = 225
SELECTION_MIN_BLUE = 180
SELECTION_GREEN_BELOW = 25
# Screenshot pixels around a box's edges that its stroke (3 px, centred on the edge) may reach.
STROKE_REACH = 3
# The ring around a box where no selection colour may show: this many pixels beyond the stroke.
RING = 12
# Seconds for a whole run, start to end, unless --timeout says otherwise: a run takes a few.
TIMEOUT_SECONDS = 60


class Failure(Exception):
    """Why the report could not be read: one line for stderr."""


# MARK: The browser


class Browser:
    """Headless Chromium, driven over the DevTools protocol on a pipe, attached to one page."""

    def __init__(self, deadline):
        self.deadline = deadline
        executable = self.executable()
        self.profile = tempfile.mkdtemp(prefix="review-browser-")
        self.log = open(os.path.join(self.profile, "chromium.log"), "w+b")
        self.next_id = 0
        self.unread = b""
        self.events = []
        self.session = None
        self.process = self.start(executable)

    @staticmethod
    def executable():
        """$CHROMIUM, or the first chromium on PATH (Debian's /usr/bin/chromium, a launcher script)."""
        chosen = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
        if not chosen:
            raise Failure("chromium is not installed: run `make deps` (Debian package chromium)")
        return chosen

    def start(self, executable):
        """Chromium, headless, in a window of a fixed size, reading commands from a pipe."""
        to_browser, self.commands = os.pipe()
        self.answers, from_browser = os.pipe()

        def give_pipe_as_fds_3_and_4():
            # Chromium reads commands on fd 3 and writes answers on fd 4. Both ends are copied
            # above 10 first (copies closed on exec), so that neither dup2 overwrites the other
            # before it is copied.
            reading = fcntl.fcntl(to_browser, fcntl.F_DUPFD_CLOEXEC, 10)
            writing = fcntl.fcntl(from_browser, fcntl.F_DUPFD_CLOEXEC, 10)
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        arguments = [executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--remote-debugging-pipe", f"--user-data-dir={self.profile}",
                     f"--window-size={WINDOW['width']},{WINDOW['height']}", "--force-device-scale-factor=1",
                     "--hide-scrollbars", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                     "--mute-audio", "about:blank"]
        try:
            # A session of its own: Chromium's helper processes are ended with it, as one group.
            process = subprocess.Popen(arguments, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
                                       close_fds=False, preexec_fn=give_pipe_as_fds_3_and_4, start_new_session=True)
        except OSError as error:
            for fd in (to_browser, from_browser, self.commands, self.answers):
                os.close(fd)
            self.log.close()
            shutil.rmtree(self.profile, ignore_errors=True)
            raise Failure(f"cannot start {arguments[0]}: {error}")
        os.close(to_browser)
        os.close(from_browser)
        return process

    def close(self):
        """Ends the browser and its helpers and removes its profile."""
        for fd in (self.commands, self.answers):
            try:
                os.close(fd)
            except OSError:
                pass
        self.end_group(signal.SIGTERM)
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.end_group(signal.SIGKILL)
        self.log.close()
        shutil.rmtree(self.profile, ignore_errors=True)

    def end_group(self, signal_number):
        """Sends a signal to the browser's process group (the browser and its helpers), if any is left."""
        try:
            os.killpg(self.process.pid, signal_number)
        except (ProcessLookupError, PermissionError):
            pass

    def last_words(self):
        """The end of Chromium's own output, for a failure message."""
        self.log.flush()
        self.log.seek(0)
        lines = [line for line in self.log.read().decode("utf-8", "replace").splitlines() if line.strip()]
        return lines[-1][:300] if lines else "no output"

    # MARK: Protocol

    def call(self, method, **params):
        """Sends one command (to the attached page, once there is one) and returns its result."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        try:
            os.write(self.commands, json.dumps(message).encode() + b"\0")
        except OSError:
            raise Failure(f"chromium went away ({self.last_words()})")
        while True:
            answer = self.read_message(method)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise Failure(f"{method}: {answer['error'].get('message')}")
                return answer.get("result", {})
            if "method" in answer:
                self.events.append(answer)

    def wait_for_event(self, method):
        """The first event called `method` since the last wait (arrived or still to come)."""
        while True:
            for index, event in enumerate(self.events):
                if event["method"] == method:
                    del self.events[:index + 1]
                    return event
            self.events.append(self.read_message(method))

    def read_message(self, waiting_for):
        """The next message from the browser; a failure once the deadline passes or the pipe closes."""
        while b"\0" not in self.unread:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0:
                raise Failure(f"timed out waiting for {waiting_for}")
            ready, _, _ = select.select([self.answers], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(self.answers, 1 << 20)
            if not chunk:
                raise Failure(f"chromium stopped while waiting for {waiting_for} ({self.last_words()})")
            self.unread += chunk
        message, self.unread = self.unread.split(b"\0", 1)
        return json.loads(message)

    # MARK: The page

    def open(self, path):
        """A new page on the report, attached, its images decoded."""
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=WINDOW["width"], height=WINDOW["height"],
                  deviceScaleFactor=1, mobile=False)
        self.events.clear()
        navigation = self.call("Page.navigate", url="file://" + os.path.abspath(path))
        if navigation.get("errorText"):
            raise Failure(f"{path}: {navigation['errorText']}")
        self.wait_for_event("Page.loadEventFired")
        self.evaluate("Promise.all([...document.images].map(image => image.decode()))")

    def evaluate(self, expression):
        """The value of a page expression (a promise is awaited); a script error is a failure."""
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise Failure(f"page script failed: {text}")
        return result["result"].get("value")

    def click(self, x, y):
        """A real left click: the pointer moves there, the button goes down and comes up."""
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        for kind, buttons in (("mousePressed", 1), ("mouseReleased", 0)):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", buttons=buttons, clickCount=1)

    def screenshot(self, clip=None):
        """The window as drawn (or the clip of it, in window pixels), as PNG bytes."""
        self.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        params = {"format": "png"}
        if clip:
            # The clip is in document coordinates; the page tells where the window is scrolled to.
            scroll = self.evaluate("({x: scrollX, y: scrollY})")
            params["clip"] = {"x": clip["x"] + scroll["x"], "y": clip["y"] + scroll["y"],
                              "width": clip["width"], "height": clip["height"], "scale": 1}
        return base64.b64decode(self.call("Page.captureScreenshot", **params)["data"])


# MARK: What the page says

# Reads the report's DOM: the figures and lists of the panel, the pages, every product box.
FACTS = r"""
(() => {
  const bounds = element => {
    const r = element.getBoundingClientRect();
    return {x: r.x, y: r.y, width: r.width, height: r.height};
  };
  const points = rect => ['x', 'y', 'width', 'height'].reduce(
    (box, key) => (box[key] = rect[key].baseVal.value, box), {});
  const counts = document.querySelector('#counts');
  return {
    counts: counts && {products: +counts.dataset.products, warnings: +counts.dataset.warnings},
    warnings: [...document.querySelectorAll('li.warning')].map(item =>
      ({number: +item.dataset.warning, page: item.dataset.page ? +item.dataset.page : null})),
    warningBoxes: [...document.querySelectorAll('rect.box.warning')].map(box => +box.dataset.warning),
    changes: [...document.querySelectorAll('li.change')].map(item =>
      ({kind: item.dataset.kind, product: item.dataset.product || null})),
    entries: [...document.querySelectorAll('tr.product-entry')].map(row => ({
      product: row.dataset.product, page: +row.dataset.page,
      link: row.cells[0].querySelector('a[data-select]')?.getAttribute('data-select') || null})),
    pages: [...document.querySelectorAll('section.page')].map(section => {
      const image = section.querySelector('img.page-image');
      const overlay = section.querySelector('svg.overlay');
      return {
        page: +section.dataset.page, id: section.id,
        width: +section.dataset.width, height: +section.dataset.height,
        image: image && {width: +image.getAttribute('width'), height: +image.getAttribute('height'),
                         naturalWidth: image.naturalWidth, naturalHeight: image.naturalHeight, client: bounds(image)},
        overlay: overlay && {viewBox: overlay.getAttribute('viewBox'), client: bounds(overlay)},
      };
    }),
    products: [...document.querySelectorAll('rect.box.product')].map(rect => ({
      product: rect.dataset.product, id: rect.id, page: +rect.closest('section.page').dataset.page,
      classes: [...rect.classList], box: points(rect), client: bounds(rect),
      title: rect.querySelector('title')?.textContent || null})),
  };
})()
"""

# The dark pixels of each page image under each product box's name part, and in a strip just
# left of it. The image is read as decoded, in a canvas (a data: image leaves the canvas
# readable), at its own pixel size; points map to pixels by the image's width over the page's.
INK = r"""
(async () => {
  const inkLuminance = %(ink)d, nameLead = %(lead)s, nameEdge = %(edge)s;
  const points = rect => ['x', 'y', 'width', 'height'].reduce(
    (box, key) => (box[key] = rect[key].baseVal.value, box), {});
  // The name is what the box holds before its first price cell: to the left in a row, above
  // in a column (a table with products as columns); the whole box when it has no such part.
  const namePart = (box, prices) => {
    const left = Math.min(...prices.map(price => price.x)) - box.x;
    const top = Math.min(...prices.map(price => price.y)) - box.y;
    if (prices.length && left >= 1) return {...box, width: Math.min(box.width, left)};
    if (prices.length && top >= 1) return {...box, height: Math.min(box.height, top)};
    return box;
  };
  // The ink in a region of the page (points): how many dark pixels, and their bounds in points.
  const darkPixels = (context, scale, region) => {
    const left = Math.max(0, Math.floor(region.x * scale)), top = Math.max(0, Math.floor(region.y * scale));
    const right = Math.min(context.canvas.width, Math.ceil((region.x + region.width) * scale));
    const bottom = Math.min(context.canvas.height, Math.ceil((region.y + region.height) * scale));
    const found = {pixels: Math.max(0, right - left) * Math.max(0, bottom - top), ink: 0, inkBox: null};
    if (found.pixels === 0) return found;
    const width = right - left, data = context.getImageData(left, top, width, bottom - top).data;
    let minColumn = width, maxColumn = -1, minRow = -1, maxRow = -1;
    for (let at = 0; at < data.length; at += 4) {
      const luminance = 0.299 * data[at] + 0.587 * data[at + 1] + 0.114 * data[at + 2];
      if (data[at + 3] === 0 || luminance >= inkLuminance) continue;
      const row = Math.floor(at / 4 / width), column = at / 4 %% width;
      found.ink++;
      minColumn = Math.min(minColumn, column);
      maxColumn = Math.max(maxColumn, column);
      if (minRow < 0) minRow = row;
      maxRow = row;
    }
    if (found.ink > 0) {
      found.inkBox = {x: (left + minColumn) / scale, y: (top + minRow) / scale,
                      width: (maxColumn - minColumn + 1) / scale, height: (maxRow - minRow + 1) / scale};
    }
    return found;
  };
  const results = [];
  for (const section of document.querySelectorAll('section.page')) {
    const image = section.querySelector('img.page-image');
    if (!image) continue;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d', {willReadFrequently: true});
    context.drawImage(image, 0, 0);
    const scale = image.naturalWidth / +section.dataset.width;
    for (const rect of section.querySelectorAll('rect.box.product')) {
      const product = rect.dataset.product;
      const prices = [...section.querySelectorAll('rect.box.price')]
        .filter(price => price.dataset.product === product).map(points);
      const name = namePart(points(rect), prices);
      const lead = {x: name.x - nameEdge - nameLead, y: name.y, width: nameLead, height: name.height};
      results.push({product, page: +section.dataset.page, namePart: name, ...darkPixels(context, scale, name),
                    inkBefore: darkPixels(context, scale, lead).ink});
    }
  }
  return results;
})()
""" % {"ink": INK_LUMINANCE, "lead": NAME_LEAD, "edge": NAME_EDGE}

# Scrolls a link into view and says where the centre of its first line is on screen (a long
# name wraps: the centre of its whole box can fall between its lines) and whether a click there
# lands on the link (nothing drawn over it). The argument is the link's CSS selector.
LINK = r"""
(selector => {
  const link = document.querySelector(selector);
  if (!link) return null;
  link.scrollIntoView({block: 'center'});
  const r = link.getClientRects()[0];
  const x = r.x + r.width / 2, y = r.y + r.height / 2;
  return {x, y, hit: link.contains(document.elementFromPoint(x, y))};
})(%s)
"""

# Scrolls a box to the middle of the window, as a click on a product's link does, and says
# where it is on screen. The argument is the box's CSS selector.
SHOW_BOX = r"""
(selector => {
  const box = document.querySelector(selector);
  if (!box) return null;
  box.scrollIntoView({block: 'center'});
  const r = box.getBoundingClientRect();
  return {x: r.x, y: r.y, width: r.width, height: r.height};
})(%s)
"""

# What is selected after a click, what the address names (a link without a script of its own
# is followed), and where the box is now on screen. The argument is the box's CSS selector.
SELECTION = r"""
(selector => {
  const r = document.querySelector(selector).getBoundingClientRect();
  return {
    selectedBoxes: [...document.querySelectorAll('rect.selected')].map(rect =>
      ({product: rect.dataset.product || null, classes: [...rect.classList]})),
    selectedEntries: [...document.querySelectorAll('tr.selected, li.selected')].map(entry =>
      ({tag: entry.tagName.toLowerCase(), product: entry.dataset.product || null, classes: [...entry.classList]})),
    target: document.querySelector(':target')?.id || null,
    box: {x: r.x, y: r.y, width: r.width, height: r.height},
  };
})(%s)
"""


# MARK: Screenshots


def png_pixels(data):
    """An 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) as (width, height, rows of RGB)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise Failure("the screenshot is not a PNG")
    position, compressed = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise Failure(f"the screenshot PNG is of a kind not read here (depth {depth}, colour {colour})")
        elif kind == b"IDAT":
            compressed += body
        position += 12 + length
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(compressed)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        row = unfilter(raw[start], bytearray(raw[start + 1:start + 1 + stride]), previous, channels)
        rows.append([tuple(row[x * channels:x * channels + 3]) for x in range(width)])
        previous = row
    return width, height, rows


def unfilter(kind, row, previous, channels):
    """PNG's per-row filters undone (None, Sub, Up, Average, Paeth)."""
    for i in range(len(row)):
        left = row[i - channels] if i >= channels else 0
        up = previous[i]
        corner = previous[i - channels] if i >= channels else 0
        if kind == 1:
            row[i] = (row[i] + left) & 0xFF
        elif kind == 2:
            row[i] = (row[i] + up) & 0xFF
        elif kind == 3:
            row[i] = (row[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            estimate = left + up - corner
            nearest = min((abs(estimate - left), 0, left), (abs(estimate - up), 1, up), (abs(estimate - corner), 2, corner))
            row[i] = (row[i] + nearest[2]) & 0xFF
    return row


def is_selection_colour(pixel):
    """Whether an (r, g, b) pixel shows the selection's colour, as its stroke or its fill."""
    red, green, blue = pixel
    return red >= SELECTION_MIN_RED and blue >= SELECTION_MIN_BLUE and green <= min(red, blue) - SELECTION_GREEN_BELOW


def selection_pixels(browser, box):
    """Pixels of the selection colour a screenshot shows inside `box` (window pixels) and in a
    ring around it beyond the reach of its stroke, and the pixels looked at in each."""
    margin = STROKE_REACH + RING
    clip = {"x": max(0, int(box["x"]) - margin), "y": max(0, int(box["y"]) - margin)}
    clip["width"] = min(WINDOW["width"], int(box["x"] + box["width"]) + margin + 1) - clip["x"]
    clip["height"] = min(WINDOW["height"], int(box["y"] + box["height"]) + margin + 1) - clip["y"]
    if clip["width"] <= 0 or clip["height"] <= 0:
        return {"inside": 0, "insidePixels": 0, "ring": 0, "ringPixels": 0}
    width, height, rows = png_pixels(browser.screenshot(clip))
    counts = {"inside": 0, "insidePixels": 0, "ring": 0, "ringPixels": 0}
    for y in range(height):
        for x in range(width):
            # The pixel's distance outside the box (0 inside it), in window pixels.
            left, top = clip["x"] + x + 0.5, clip["y"] + y + 0.5
            outside = max(box["x"] - left, left - box["x"] - box["width"], box["y"] - top, top - box["y"] - box["height"], 0)
            part = "inside" if outside == 0 else "ring" if outside > STROKE_REACH else None
            if part:
                counts[part + "Pixels"] += 1
                counts[part] += is_selection_colour(rows[y][x])
    return counts


# MARK: Clicks


def css_string(text):
    """`text` as a quoted CSS string (JSON's quoting is CSS's for these ids)."""
    return json.dumps(text)


def click(browser, link, box):
    """Clicks the link (a CSS selector) and says what the page and the screen show of the box
    (a CSS selector) it should mark: before the click, and after it."""
    shown = browser.evaluate(SHOW_BOX % json.dumps(box))
    if shown is None:
        return {"found": False}
    before = selection_pixels(browser, shown)
    place = browser.evaluate(LINK % json.dumps(link))
    if place is None:
        return {"found": False}
    browser.click(place["x"], place["y"])
    after = browser.evaluate(SELECTION % json.dumps(box))
    after["highlight"] = selection_pixels(browser, after["box"])
    return {"found": True, "link": place, "before": before, **after}


def click_product(browser, product):
    """A click on the product's name in the panel's tables, which should mark its boxes."""
    link = f"tr.product-entry a[data-select={css_string('product:' + product)}]"
    return {"product": product, **click(browser, link, f"rect.box.product[data-product={css_string(product)}]")}


def click_footnote(browser, footnote):
    """A click on the footnote's label in the panel's footnote list, which should mark its box."""
    link = f"#footnotes a[href={css_string('#footnote-' + footnote)}]"
    return {"footnote": footnote, **click(browser, link, f"rect.box.footnote[id={css_string('footnote-' + footnote)}]")}


def read_report(path, products, footnotes, screenshot, timeout):
    """Everything the module docstring lists, for the report at `path`."""
    browser = Browser(time.monotonic() + timeout)
    try:
        browser.open(path)
        result = browser.evaluate(FACTS)
        result["window"] = WINDOW
        ink = {(entry["product"], entry["page"]): entry for entry in browser.evaluate(INK)}
        for box in result["products"]:
            box["ink"] = ink.get((box["product"], box["page"]))
        result["clicks"] = [click_product(browser, product) for product in products]
        # Footnotes last: a followed link leaves its box the address's target.
        result["footnoteClicks"] = [click_footnote(browser, footnote) for footnote in footnotes]
        if screenshot:
            with open(screenshot, "wb") as file:
                file.write(browser.screenshot())
            result["screenshot"] = screenshot
        return result
    finally:
        browser.close()


def main():
    parser = argparse.ArgumentParser(description="Read a tariff review report in headless Chromium.")
    parser.add_argument("report")
    parser.add_argument("--click", action="append", default=[], metavar="PRODUCT-ID",
                        help="click this product's link in the panel (repeatable)")
    parser.add_argument("--footnote", action="append", default=[], metavar="FOOTNOTE-ID",
                        help="then click this footnote's label in the panel (repeatable)")
    parser.add_argument("--screenshot", metavar="FILE.png", help="write the window after the clicks here")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, help="seconds for the whole run")
    options = parser.parse_args()
    if not os.path.isfile(options.report):
        sys.stderr.write(f"review_browser: {options.report}: no such file\n")
        sys.exit(2)
    try:
        result = read_report(options.report, options.click, options.footnote, options.screenshot, options.timeout)
    except Failure as failure:
        sys.stderr.write(f"review_browser: {options.report}: {failure}\n")
        sys.exit(2)
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
