"""Build okuvol's standalone bundle for this system: `python packaging/build.py --out DIR`.

Linux:   DIR/okuvol/okuvol (the program, with share/ and install.sh beside it) and
         DIR/okuvol-VERSION-linux-x86_64.tar.gz
Windows: DIR/okuvol/okuvol.exe and okuvolw.exe, DIR/okuvol-VERSION-windows-x86_64.zip, and
         DIR/okuvol-VERSION-windows-x86_64-setup.exe when Inno Setup's ISCC is on PATH
macOS:   DIR/okuvol.app and DIR/okuvol-VERSION-macos-ARCH.dmg

PyInstaller (`pip install -e '.[bundle]'`) freezes the Python that runs this script with what
is installed in it, taking okuvol_desktop from this checkout. The bundle needs no Python.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.okuvol.Okuvol"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    """okuvol's version, read from the source rather than imported (no Qt, no database)."""
    text = (ROOT / "okuvol_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("okuvol_desktop/__init__.py has no __version__")
    return found.group(1)


def system_name() -> tuple[str, str]:
    """The system and processor as the archive names write them: ("linux", "x86_64")."""
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform)
    if system is None:
        raise SystemExit(f"no bundle recipe for {sys.platform}")
    machine = platform.machine().lower()
    return system, {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def stage_resources(into: Path) -> Path:
    """A copy of resources/ as the application reads it: translations compiled to .qm, without
    the maintainers' scripts, the .ts sources and the README's screenshots."""
    import PySide6

    staged = into / "resources"
    shutil.copytree(
        ROOT / "resources",
        staged,
        ignore=shutil.ignore_patterns("screenshots", "*.py", "*.ts", "*.qm", "__pycache__"),
    )
    tools = Path(PySide6.__file__).parent
    lrelease = next(
        (tools / name for name in ("lrelease", "lrelease.exe") if (tools / name).exists()), None
    )
    if lrelease is None:
        raise SystemExit(f"PySide6's lrelease is missing from {tools}")
    for source in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        target = staged / "i18n" / source.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    return staged


def freeze(out: Path, work: Path, resources: Path) -> None:
    """Run PyInstaller on packaging/okuvol.spec."""
    env = dict(
        os.environ,
        OKUVOL_BUILD_ROOT=str(ROOT),
        OKUVOL_BUILD_RESOURCES=str(resources),
        OKUVOL_BUILD_VERSION=version(),
    )
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(out),
        "--workpath",
        str(work / "pyinstaller"),
        str(PACKAGING / "okuvol.spec"),
    ]
    subprocess.run(command, check=True, env=env)


def add_linux_desktop_files(bundle: Path) -> None:
    """The menu entry, AppStream metainfo, icons and the install scripts, in the layout of
    ~/.local (share/applications, share/metainfo, share/icons/hicolor)."""
    share = bundle / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    desktop = ROOT / "resources" / "desktop"
    shutil.copy2(desktop / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(desktop / f"{APP_ID}.metainfo.xml", share / "metainfo")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"okuvol-{size}.png", target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "okuvol.svg", scalable / f"{APP_ID}.svg")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(PACKAGING / "linux" / script, bundle / script)
        (bundle / script).chmod(0o755)


def tar_bundle(out: Path, bundle: Path, name: str) -> Path:
    """DIR/NAME.tar.gz holding the folder okuvol/, permissions kept (the programs run)."""
    archive = out / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    return archive


def zip_bundle(out: Path, bundle: Path, name: str) -> Path:
    """DIR/NAME.zip holding the folder okuvol/."""
    archive = out / f"{name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for path in sorted(bundle.rglob("*")):
            zipped.write(path, path.relative_to(bundle.parent))
    return archive


def windows_installer(out: Path, bundle: Path, name: str, work: Path) -> Path | None:
    """An installer made by Inno Setup (packaging/windows/okuvol.iss), when ISCC is here."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("Inno Setup's ISCC is not on PATH: no installer, the zip only", file=sys.stderr)
        return None
    from PIL import Image  # PyInstaller needs Pillow on Windows for the program's icon too

    icon = work / "okuvol.ico"
    with Image.open(ROOT / "resources" / "icons" / "okuvol-256.png") as image:
        image.save(icon, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version()}",
            f"/DBundleDir={bundle}",
            f"/DIconFile={icon}",
            f"/DOutputDir={out}",
            f"/DOutputName={name}-setup",
            str(PACKAGING / "windows" / "okuvol.iss"),
        ],
        check=True,
    )
    return out / f"{name}-setup.exe"


def macos_disk_image(out: Path, app: Path, name: str) -> Path:
    """A compressed disk image holding okuvol.app and a link to /Applications to drag it to."""
    image = out / f"{name}.dmg"
    with tempfile.TemporaryDirectory() as folder:
        staging = Path(folder) / "okuvol"
        staging.mkdir()
        shutil.copytree(app, staging / app.name, symlinks=True)
        (staging / "Applications").symlink_to("/Applications")
        subprocess.run(
            ["hdiutil", "create", "-volname", "okuvol", "-srcfolder", str(staging), "-ov"]
            + ["-format", "UDZO", str(image)],
            check=True,
        )
    return image


def build(out: Path) -> list[Path]:
    """Freeze okuvol into ``out`` and pack it as this system's users install it."""
    system, machine = system_name()
    name = f"okuvol-{version()}-{system}-{machine}"
    out.mkdir(parents=True, exist_ok=True)
    bundle = out / "okuvol"
    made: list[Path | None] = [bundle]
    with tempfile.TemporaryDirectory(prefix="okuvol-build-") as folder:
        work = Path(folder)
        freeze(out, work, stage_resources(work))
        if system == "linux":
            add_linux_desktop_files(bundle)
            made.append(tar_bundle(out, bundle, name))
        elif system == "windows":
            made.append(zip_bundle(out, bundle, name))
            made.append(windows_installer(out, bundle, name, work))
        else:
            made[0] = out / "okuvol.app"
            made.append(macos_disk_image(out, out / "okuvol.app", name))
    return [path for path in made if path is not None]


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to build into")
    args = parser.parse_args(argv)
    started = time.monotonic()
    made = build(args.out.resolve())
    for path in made:
        print(path)
    print(f"built in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
