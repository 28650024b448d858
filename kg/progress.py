"""Progress bars (tqdm) for long steps; shown on a terminal only, silent when stderr is piped."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path


def on_terminal() -> bool:
    return sys.stderr.isatty()


@contextmanager
def documents(inputs, enabled: bool | None = None):
    """Yield a callback taking each finished document's path: a bar of bytes read (MB/s, time left) and documents."""
    enabled = on_terminal() if enabled is None else enabled
    if not enabled:
        yield None
        return
    from tqdm import tqdm

    from kg import ingest

    try:
        paths = ingest.find_inputs(inputs)
    except Exception:  # noqa: BLE001 - the build reports bad inputs itself
        yield None
        return
    total = sum(p.stat().st_size for p in paths)
    with tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, desc="build", file=sys.stderr,
              dynamic_ncols=True, leave=False) as bar:
        done = [0]

        def tick(path: Path) -> None:
            done[0] += 1
            bar.set_postfix_str(f"{done[0]}/{len(paths)} documents", refresh=False)
            bar.update(Path(path).stat().st_size)

        yield tick


@contextmanager
def step(label: str, enabled: bool | None = None):
    """A spinner-style bar for a step of unknown length (loading a graph, a layout)."""
    enabled = on_terminal() if enabled is None else enabled
    if not enabled:
        yield
        return
    from tqdm import tqdm

    with tqdm(total=None, desc=label, file=sys.stderr, leave=False, bar_format="{desc}: {elapsed}") as bar:
        import threading

        stop = threading.Event()

        def spin():
            while not stop.wait(0.5):
                bar.refresh()

        t = threading.Thread(target=spin, daemon=True)
        t.start()
        try:
            yield
        finally:
            stop.set()
            t.join()
