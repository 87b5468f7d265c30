"""ovig for PyTorch providers: the manifest's datasets, batch schedule and initial weights
bit-identical to ovig's, PyTorch modules with ovig's tensor names and layouts, and a capture
hook that writes endpoint evidence for `ovig node run --import DIR`.

    job = ovig.Job("manifest.json")
    cap = ovig.Capture(job, "import-dir")
    cap.on_train_begin()
    for step in range(job.total_steps):
        cap.on_step_end(step + 1, job.step(step))
"""
from .capture import Capture, LayoutError, OvigCallback  # noqa: F401
from .job import Job  # noqa: F401
