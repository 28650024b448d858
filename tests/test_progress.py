"""Progress bars: drawn on a terminal, silent when stderr is piped."""
import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

from conftest import DATA

SCRIPT = """import time
from kg import progress
with progress.step('reading x'):
    time.sleep(0.8)
print('done')
"""


def on_terminal(code: str) -> bytes:
    pid, fd = pty.fork()
    if pid == 0:  # the child: a 100-column terminal
        fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
        os.execvp(sys.executable, [sys.executable, "-c", code])
    out = b""
    while True:
        try:
            data = os.read(fd, 1024)
        except OSError:
            break
        if not data:
            break
        out += data
    os.waitpid(pid, 0)
    return out


def test_a_bar_on_a_terminal():
    out = on_terminal(SCRIPT)
    assert b"reading x: 00:00" in out and out.endswith(b"done\r\n")


def test_nothing_when_piped():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True)
    assert done.stdout == "done\n" and done.stderr == ""


def test_a_piped_build_prints_only_its_summary(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(DATA / "small.txt"), "--output",
                           str(tmp_path / "g.ttl")], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == "" and done.stdout.startswith("1 documents;")
