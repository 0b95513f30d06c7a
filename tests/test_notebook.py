"""Execute notebooks/quickstart.ipynb end to end, so the quickstart can never rot."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).parent.parent / "notebooks" / "quickstart.ipynb"

try:
    import nbformat
except ImportError:  # a hard failure, not a skip: CI must execute the notebook
    nbformat = None


@pytest.fixture(autouse=True)
def _needs_notebook_tools():
    if nbformat is None:
        pytest.fail("nbformat/nbclient/ipykernel are missing; install the dev extra: pip install -e '.[dev]'")


def test_notebook_is_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (
                "notebooks/quickstart.ipynb carries outputs; strip them before committing "
                "(jupyter nbconvert --clear-output --inplace notebooks/quickstart.ipynb)")


@pytest.mark.slow
def test_quickstart_notebook_runs():
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    # Runs in notebooks/ with the kernel of this interpreter (ipykernel's native "python3").
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError with the failing cell's traceback
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    html = [out["data"]["text/html"] for out in outputs if out.output_type == "display_data"
            and "text/html" in out.get("data", {})]
    assert any('class="beritaie-render"' in h for h in html), "render() did not display inline"
    assert any("image/png" in out.get("data", {}) for out in outputs), "the bar chart was not drawn"
