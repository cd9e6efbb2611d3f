"""notebooks/archive-tables.ipynb runs top to bottom (nbclient; a failing cell fails the test) on a
few articles, and its per-province totals add up to the facts table it read."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pd = pytest.importorskip("pandas")
pytest.importorskip("matplotlib")
pytest.importorskip("ipykernel")

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "archive-tables.ipynb"


def test_archive_notebook_executes(tmp_path, monkeypatch):
    monkeypatch.setenv("UNIONIE_NB_LIMIT", "5")
    monkeypatch.setenv("UNIONIE_NB_WORKERS", "1")
    monkeypatch.setenv("UNIONIE_NB_OUT", str(tmp_path))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit it with outputs cleared"
    nbclient.NotebookClient(nb, timeout=180, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    assert (tmp_path / "archive-tables.png").stat().st_size > 10_000
    facts = pd.read_parquet(tmp_path / "facts.parquet")
    by_province = pd.read_csv(tmp_path / "by_province.csv", index_col=0)
    assert len(facts["doc_id"].unique()) == 5
    assert by_province["money_yuan"].sum() == pytest.approx(facts.loc[facts["unit"] == "元", "value"].sum())
    people = facts.loc[facts["unit"].isin(["名", "人", "人次"]), "value"].sum()
    assert by_province["people"].sum() == pytest.approx(people)
    assert (by_province.index != "unknown").any()
