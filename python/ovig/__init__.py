"""ovig for PyTorch providers: the manifest's datasets, batch schedule and initial weights
bit-identical to ovig's, PyTorch modules with ovig's tensor names and layouts, and a capture
hook that writes endpoint evidence for `ovig node run --import DIR`.

    job = ovig.Job("manifest.json")
    cap = ovig.Capture(job, "import-dir")
    cap.on_train_begin()
    for step in range(job.total_steps):
        cap.on_step_end(step + 1, job.step(step))

In a dispute over interval k, ovig.regenerate(job, "import-dir", k, "out") writes its s+1 step
states (`python3 -m ovig steps`, which ovig node run --import runs).
"""
from .capture import Capture, LayoutError, OvigCallback  # noqa: F401
from .job import Job  # noqa: F401
from .steps import regenerate  # noqa: F401
