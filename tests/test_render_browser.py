"""Open the rendered sample in headless Chromium: quotes and speakers must be visible, and a PNG is saved.

Needs a Chromium binary (Debian: ``apt-get install chromium``); skipped with a reason when none is found.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from beritaie.render import render

HERE = Path(__file__).parent
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
CHROMIUM = next((path for name in BROWSERS if (path := shutil.which(name))), None)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary on PATH (looked for: " + ", ".join(BROWSERS)
                       + "); install it, e.g. apt-get install chromium"),
]

# Test-only probe appended to a copy of the page: measures what the browser actually lays out and
# writes it into the DOM, which --dump-dom then returns.
PROBE = """<script>
(function () {
  function shown(el) {
    var st = getComputedStyle(el), r = el.getBoundingClientRect();
    return st.display !== "none" && st.visibility !== "hidden" && parseFloat(st.opacity) > 0
      && r.width > 0 && r.height > 0;
  }
  var out = {quotes: [], labels: [], speakers: [], officials: []};
  document.querySelectorAll("mark.bx-quote").forEach(function (el) {
    out.quotes.push({n: el.dataset.quote, speaker: el.dataset.speaker, ref: el.dataset.speakerRef || null,
      text: el.textContent, shown: shown(el), bg: getComputedStyle(el).backgroundColor});
  });
  document.querySelectorAll(".bx-qlbl").forEach(function (el) {
    out.labels.push({n: el.dataset.quote, text: el.innerText, shown: shown(el), href: el.getAttribute("href")});
  });
  document.querySelectorAll(".bx-speaker[id]").forEach(function (el) {
    out.speakers.push({id: el.id, text: el.innerText, shown: shown(el), outline: getComputedStyle(el).outlineStyle});
  });
  document.querySelectorAll(".bx-off.bx-end").forEach(function (el) {
    out.officials.push({label: getComputedStyle(el, "::after").content, shown: shown(el)});
  });
  var pre = document.createElement("pre");
  pre.id = "bx-probe";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""


def _sample_record():
    """The hand-made record of examples/sample.txt from test_render.py (loaded by path, import-mode proof)."""
    spec = importlib.util.spec_from_file_location("_beritaie_test_render", HERE / "test_render.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module.SAMPLE.read_text(encoding="utf-8")
    return module.sample_record(text), text


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
           "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _probe(tmp_path: Path, page: str) -> dict:
    probed = tmp_path / "probed.html"
    probed.write_text(page.replace("</body>", PROBE + "\n</body>"), encoding="utf-8")
    run = _chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", probed.as_uri())
    found = re.search(r'<pre id="bx-probe">(.*?)</pre>', run.stdout, re.S)
    assert found, f"no probe output from Chromium (rc={run.returncode}): {run.stderr[-2000:]}"
    import html

    return json.loads(html.unescape(found.group(1)))


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory) -> tuple[Path, object]:
    record, text = _sample_record()
    path = tmp_path_factory.mktemp("render") / "sample.html"
    render(record, text=text, jupyter=False, path=path)
    return path, record


def test_quotes_and_speakers_are_visible(sample_page, tmp_path):
    path, record = sample_page
    seen = _probe(tmp_path, path.read_text(encoding="utf-8"))
    assert len(seen["quotes"]) >= len(record.quotes) == 4
    speakers = {s["id"]: s for s in seen["speakers"]}
    labels = {lbl["n"]: lbl for lbl in seen["labels"]}
    for number, quote in enumerate(record.quotes, start=1):
        marks = [m for m in seen["quotes"] if m["n"] == str(number)]
        assert "".join(m["text"] for m in marks) == quote.text
        assert all(m["shown"] for m in marks), f"quote {number} is not laid out"
        assert all(m["bg"] not in ("rgba(0, 0, 0, 0)", "transparent") for m in marks), "quote not highlighted"
        label = labels[str(number)]
        assert label["shown"] and quote.speaker in label["text"]
        target = speakers[label["href"].lstrip("#")]
        assert target["shown"] and target["text"].startswith(quote.speaker_mention.text)
        assert target["outline"] != "none"
    assert any("Bupati" in o["label"] and o["shown"] for o in seen["officials"])


def test_screenshot(sample_page, tmp_path):
    path, _record = sample_page
    png = tmp_path / "sample.png"
    run = _chromium(tmp_path, f"--screenshot={png}", "--window-size=1100,1800", path.as_uri())
    assert png.is_file(), f"Chromium wrote no screenshot (rc={run.returncode}): {run.stderr[-2000:]}"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    image = pytest.importorskip("matplotlib.image").imread(png)
    rgb = (image[..., :3] * 255).round()
    quote_yellow = ((abs(rgb[..., 0] - 0xFF) <= 3) & (abs(rgb[..., 1] - 0xF1) <= 3) & (abs(rgb[..., 2] - 0xA6) <= 3))
    speaker_red = ((abs(rgb[..., 0] - 0xCF) <= 3) & (abs(rgb[..., 1] - 0x22) <= 3) & (abs(rgb[..., 2] - 0x2E) <= 3))
    assert quote_yellow.sum() > 2_000, "no quote highlight in the screenshot"
    assert speaker_red.sum() > 200, "no speaker label in the screenshot"
