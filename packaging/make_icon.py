"""Draw the app icon: resources/icons/survey-explorer.png (512 px) and .ico (16–256 px).

    .venv/bin/python packaging/make_icon.py

Pillow is already installed with the app (reportlab needs it). The result is committed, so a
build never runs this; run it again only to change the icon. A deep-blue tile with three
rising bars (the survey figures) and an orange arrow turning back (reshoring).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
BLUE, WHITE, ORANGE = (31, 78, 121, 255), (255, 255, 255, 255), (242, 142, 43, 255)
CANVAS = 1024  # drawn large, scaled down smoothly
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = CANVAS) -> Image.Image:
    s = size / 1024
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((40 * s, 40 * s, 984 * s, 984 * s), radius=190 * s, fill=BLUE)
    baseline = 820 * s
    for left, top in ((230, 560), (430, 430), (630, 300)):  # three rising bars
        pen.rounded_rectangle((left * s, top * s, (left + 150) * s, baseline), radius=24 * s, fill=WHITE)
    pen.rounded_rectangle((190 * s, baseline, 830 * s, baseline + 36 * s), radius=14 * s, fill=WHITE)
    # The arrow: an arc over the bars coming back to the left, with its head at the left end.
    pen.arc((250 * s, 120 * s, 830 * s, 560 * s), start=200, end=340, fill=ORANGE, width=round(56 * s))
    tip_x, tip_y = 262 * s, 378 * s
    pen.polygon([(tip_x - 80 * s, tip_y - 70 * s), (tip_x + 70 * s, tip_y - 95 * s), (tip_x + 5 * s, tip_y + 65 * s)],
                fill=ORANGE)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw()
    png = big.resize((512, 512), Image.Resampling.LANCZOS)
    png.save(ICONS / "survey-explorer.png", optimize=True)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "survey-explorer.ico", sizes=ICO_SIZES)
    print(f"wrote {ICONS / 'survey-explorer.png'} and {ICONS / 'survey-explorer.ico'}")


if __name__ == "__main__":
    main()
