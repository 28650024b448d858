"""Output paths: refused before the work unless a regular file or a new path; atomic writes."""
import os

import pytest

from kg.errors import DiskFullError, OutputError
from kg.output import atomic_path, check_output


def test_new_path_and_regular_file_are_accepted(tmp_path):
    assert check_output(tmp_path / "new.ttl") == tmp_path / "new.ttl"
    (tmp_path / "old.ttl").write_text("x")
    check_output(tmp_path / "old.ttl")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.ttl"]  # the probe file is gone


@pytest.mark.parametrize("path,words", [("/dev/null", "character device"), ("/proc/x.ttl", "cannot write in /proc")])
def test_devices_and_pseudo_file_systems_are_refused(path, words):
    with pytest.raises(OutputError, match=words):
        check_output(path)


def test_a_link_to_a_regular_file_is_refused(tmp_path):
    (tmp_path / "t.ttl").write_text("keep")
    (tmp_path / "l.ttl").symlink_to(tmp_path / "t.ttl")
    with pytest.raises(OutputError, match="symbolic link"):
        check_output(tmp_path / "l.ttl")


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path):
    out = tmp_path / "g.ttl"
    out.write_text("old")
    with pytest.raises(DiskFullError, match="No space left"):
        with atomic_path(out) as tmp:
            tmp.write_text("half")
            raise OSError(28, os.strerror(28))
    assert out.read_text() == "old" and os.listdir(tmp_path) == ["g.ttl"]


def test_oxigraph_style_errors_without_errno_are_recognized(tmp_path):
    with pytest.raises(OutputError, match="File too large"):
        with atomic_path(tmp_path / "g.ttl"):
            raise OSError("File too large (os error 27)")
