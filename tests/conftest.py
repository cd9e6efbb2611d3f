from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_TXT = SHARED / "examples" / "seed-liupanshui.txt"
SEED_JSON = SHARED / "examples" / "seed-liupanshui.json"


@pytest.fixture(scope="session")
def pipeline():
    from unionie.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def lac_pipeline():
    from unionie.pipeline import Pipeline

    return Pipeline(ner="lac")


@pytest.fixture(scope="session")
def seed_paths():
    if not SEED_TXT.exists() or not SEED_JSON.exists():
        pytest.skip("../shared/examples is not present")
    return SEED_TXT, SEED_JSON


def run_doc(text: str, pipe) -> object:
    """Run the pipeline on a short text; returns the Document with every layer."""
    from unionie.text.reader import make_document

    return pipe.run(make_document(text))
